#include "actionicons.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace numdesk;

namespace {

// Every theme name the window and the dialogs ask for.
const QStringList kIconNames = {
    QStringLiteral("application-exit"),   QStringLiteral("document-edit"),
    QStringLiteral("document-save-as"),   QStringLiteral("edit-clear"),
    QStringLiteral("edit-copy"),          QStringLiteral("edit-delete"),
    QStringLiteral("edit-find"),          QStringLiteral("list-add"),
    QStringLiteral("preferences-system"), QStringLiteral("system-users"),
    QStringLiteral("view-list-details"),  QStringLiteral("view-refresh"),
    QStringLiteral("camera-photo"),
};

QPalette makePalette(bool dark)
{
    const QColor window = dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef);
    const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(0x1a, 0x1a, 0x1a);
    const QColor disabled = dark ? QColor(0x70, 0x70, 0x70) : QColor(0xa0, 0xa0, 0xa0);
    QPalette p(window, window);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor fg = group == QPalette::Disabled ? disabled : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::WindowText, fg);
        p.setColor(group, QPalette::ButtonText, fg);
        p.setColor(group, QPalette::Text, fg);
    }
    return p;
}

struct InkStats
{
    int opaque = 0;       // pixels with alpha >= 128
    double lightness = 0; // their mean HSL lightness, 0..1
    double coverage = 0;  // the sum of every pixel's alpha, 0..1 each
};

InkStats inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    InkStats stats;
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            stats.coverage += c.alphaF();
            if (c.alpha() < 128)
                continue;
            ++stats.opaque;
            sum += c.lightnessF();
        }
    }
    stats.lightness = stats.opaque ? sum / stats.opaque : 0;
    return stats;
}

// The mean lightness (0..1) of the opaque pixels of `rect` in `image`, and how many of them are
// far from `background` (the icon's ink, not the toolbar behind it).
struct RegionInk
{
    int inked = 0;
    double lightness = 0;
};
RegionInk regionInk(const QImage &image, const QRect &rect, const QColor &background)
{
    RegionInk ink;
    double sum = 0;
    const QImage region = image.copy(rect).convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < region.height(); ++y) {
        for (int x = 0; x < region.width(); ++x) {
            const QColor c = region.pixelColor(x, y);
            if (c.alpha() < 128 || qAbs(c.lightness() - background.lightness()) < 20)
                continue;
            ++ink.inked;
            sum += c.lightnessF();
        }
    }
    ink.lightness = ink.inked ? sum / ink.inked : 0;
    return ink;
}

} // namespace

// The action icons when no icon theme is installed (the bundled SVGs, tinted with the palette)
// and when one is (the theme's own icon).
class tst_ActionIcons : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QPalette m_originalPalette;

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable(
            "NUMDESK_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(dir);
        return dir;
    }

    static void useNoIconTheme()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QString());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_originalPalette = QApplication::palette();
    }

    void init()
    {
        QSettings().clear();
        useNoIconTheme();
        QApplication::setPalette(makePalette(false));
    }

    void cleanup() { QApplication::setPalette(m_originalPalette); }

    void shouldBundleAnSvgForEveryThemeNameInTheLibrary()
    {
        // numdesk_ui is a static library: its resource must reach whoever links it.
        for (const QString &name : kIconNames) {
            const QString path = bundledActionIconPath(name);
            QCOMPARE(path, QStringLiteral(":/numdesk/actions/%1.svg").arg(name));
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY(file.readAll().contains("viewBox=\"0 0 16 16\""));
        }
        QVERIFY(bundledActionIconPath(QStringLiteral("no-such-icon")).isEmpty());
        QVERIFY(actionIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void shouldGiveEveryThemedActionOfTheWindowAnIconWithoutATheme()
    {
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("list-add")));
        Workspace workspace(nullptr, m_dir.filePath(QStringLiteral("journal.jsonl")));
        QString error;
        QVERIFY2(workspace.startSandbox(m_dir.filePath(QStringLiteral("sb.sqlite")), 20, &error),
                 qPrintable(error));
        MainWindow window(&workspace);
        const QStringList themed = {
            QStringLiteral("&Refresh"),      QStringLiteral("C&lear Filters"),
            QStringLiteral("&Columns"),      QStringLiteral("&Copy"),
            QStringLiteral("&Find…"),        QStringLiteral("&Export View…"),
            QStringLiteral("&Buy Numbers…"), QStringLiteral("&Edit…"),
            QStringLiteral("&Unrent…"),      QStringLiteral("&Accounts…"),
            QStringLiteral("&Preferences…"), QStringLiteral("&Quit"),
        };
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QString &text : themed) {
            QAction *found = nullptr;
            for (QAction *action : actions) {
                if (action->text() == text)
                    found = action;
            }
            QVERIFY2(found, qPrintable(text));
            QVERIFY2(!found->icon().isNull(), qPrintable(text));
            const InkStats ink = inkOf(found->icon().pixmap(QSize(16, 16)));
            QVERIFY2(ink.opaque >= 10,
                     qPrintable(QStringLiteral("%1: %2 opaque pixels").arg(text).arg(ink.opaque)));
        }
        // Take Snapshot (issue 15), found by its name.
        const auto *snapshot = window.findChild<QAction *>(QStringLiteral("takeSnapshotAction"));
        QVERIFY(snapshot);
        QVERIFY(inkOf(snapshot->icon().pixmap(QSize(16, 16))).opaque >= 10);
    }

    void shouldDrawDarkOnALightPaletteAndLightOnADarkOne()
    {
        for (const QString &name : kIconNames) {
            const QIcon icon = actionIcon(name);
            QApplication::setPalette(makePalette(false));
            const InkStats onLight = inkOf(icon.pixmap(QSize(16, 16)));
            QApplication::setPalette(makePalette(true));
            const InkStats onDark = inkOf(icon.pixmap(QSize(16, 16)));
            const InkStats disabledOnDark = inkOf(icon.pixmap(QSize(16, 16), QIcon::Disabled));
            const QString what = QStringLiteral("%1: light %2, dark %3, disabled %4")
                                     .arg(name)
                                     .arg(onLight.lightness)
                                     .arg(onDark.lightness)
                                     .arg(disabledOnDark.lightness);
            QVERIFY2(onLight.opaque >= 10 && onDark.opaque == onLight.opaque, qPrintable(what));
            QVERIFY2(onLight.lightness < 0.2, qPrintable(what));
            QVERIFY2(onDark.lightness > 0.8, qPrintable(what));
            // The Disabled group's grey (0x70 = 0.44), not the active text colour.
            QVERIFY2(qAbs(disabledOnDark.lightness - 0x70 / 255.0) < 0.05, qPrintable(what));
        }
    }

    void shouldRenderAtTwiceTheSizeForADevicePixelRatioOfTwo()
    {
        for (const QString &name : kIconNames) {
            const QIcon icon = actionIcon(name);
            const QPixmap one = icon.pixmap(QSize(16, 16), 1.0);
            const QPixmap two = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(one.size(), QSize(16, 16));
            QCOMPARE(two.size(), QSize(32, 32));
            QCOMPARE(two.devicePixelRatio(), 2.0);
            QCOMPARE(two.deviceIndependentSize(), QSizeF(16, 16));
            // Drawn at 32 px, not a 16 px image blown up: some 2x2 block is not one colour.
            const QImage image = two.toImage().convertToFormat(QImage::Format_ARGB32);
            bool finer = false;
            for (int y = 0; y < 32 && !finer; y += 2) {
                for (int x = 0; x < 32 && !finer; x += 2) {
                    const QRgb a = image.pixel(x, y);
                    finer = image.pixel(x + 1, y) != a || image.pixel(x, y + 1) != a ||
                            image.pixel(x + 1, y + 1) != a;
                }
            }
            QVERIFY2(finer, qPrintable(name));
            // Four times the ink of the 16 px icon: the same shapes on four times the area.
            const double ratio = inkOf(two).coverage / inkOf(one).coverage;
            QVERIFY2(ratio > 3.5 && ratio < 4.5,
                     qPrintable(QStringLiteral("%1: %2").arg(name).arg(ratio)));
        }
    }

    void shouldUseTheThemeIconWhereTheThemeHasOne()
    {
        // A minimal freedesktop theme with one icon, a red list-add.
        const QString root = m_dir.filePath(QStringLiteral("icons"));
        const QString theme = root + QStringLiteral("/numdesk-test");
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=numdesk-test\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + QStringLiteral("/16x16/actions/list-add.png")));
        QIcon::setThemeSearchPaths({root});
        QIcon::setThemeName(QStringLiteral("numdesk-test"));

        const QImage fromTheme =
            actionIcon(QStringLiteral("list-add")).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(fromTheme.pixelColor(8, 8), QColor(Qt::red));
        QCOMPARE(fromTheme.pixelColor(0, 0), QColor(Qt::red)); // the whole square: not our SVG
        // A name the theme lacks still gets the bundled icon.
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("edit-copy")));
        const InkStats copy = inkOf(actionIcon(QStringLiteral("edit-copy")).pixmap(QSize(16, 16)));
        QVERIFY(copy.opaque >= 10);
        QVERIFY(copy.lightness < 0.2);
    }

    void shouldSaveToolbarScreenshotsOnLightAndDarkPalettesAndAtTwiceTheScale()
    {
        Workspace workspace(nullptr, m_dir.filePath(QStringLiteral("journal-shots.jsonl")));
        QString error;
        QVERIFY2(
            workspace.startSandbox(m_dir.filePath(QStringLiteral("sb-shots.sqlite")), 20, &error),
            qPrintable(error));
        MainWindow window(&workspace);
        window.resize(1100, 600);
        window.restoreAndStart();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar);

        const QString dir = screenshotDir();
        for (bool dark : {false, true}) {
            QApplication::setPalette(makePalette(dark));
            QCoreApplication::processEvents();
            const QPixmap shot = toolbar->grab();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.deviceIndependentSize().toSize(), toolbar->size());
            // What is in it: every action's icon drawn in ink that stands out from the palette's
            // window behind it (dark on light, light on dark).
            const QImage image = shot.toImage();
            const qreal ratio = shot.devicePixelRatio();
            const QColor background = makePalette(dark).color(QPalette::Window);
            int icons = 0;
            for (QAction *action : toolbar->actions()) {
                QWidget *button = toolbar->widgetForAction(action);
                if (!button || !button->isVisible() || action->icon().isNull())
                    continue;
                const QRect area(button->geometry().topLeft() * ratio,
                                 button->geometry().size() * ratio);
                const RegionInk ink = regionInk(image, area, background);
                QVERIFY2(ink.inked >= 10, qPrintable(action->text()));
                if (!action->isEnabled())
                    continue; // greyed: ink all the same, but of the palette's disabled text
                // Lighter than the window on dark, darker on light.
                const double behind = background.lightnessF();
                QVERIFY2(dark ? ink.lightness > behind + 0.15 : ink.lightness < behind - 0.15,
                         qPrintable(action->text() + QStringLiteral(": ") +
                                    QString::number(ink.lightness)));
                ++icons;
            }
            QVERIFY(icons >= 3);
            const QString file = dir + (dark ? QStringLiteral("/actionicons-toolbar-dark.png")
                                             : QStringLiteral("/actionicons-toolbar-light.png"));
            QVERIFY(shot.save(file));
            qInfo("saved %s", qPrintable(file));
        }

        // 200 %: the toolbar painted into a pixmap whose device pixel ratio is 2.
        QApplication::setPalette(makePalette(false));
        QCoreApplication::processEvents();
        QPixmap hidpi(toolbar->size() * 2);
        hidpi.setDevicePixelRatio(2.0);
        hidpi.fill(Qt::transparent);
        toolbar->render(&hidpi);
        QCOMPARE(hidpi.size(), toolbar->size() * 2);
        {
            QAction *first = nullptr;
            for (QAction *action : toolbar->actions()) {
                if (!first && toolbar->widgetForAction(action) && !action->icon().isNull())
                    first = action;
            }
            QVERIFY(first);
            const QRect button = toolbar->widgetForAction(first)->geometry();
            const RegionInk ink =
                regionInk(hidpi.toImage(), QRect(button.topLeft() * 2, button.size() * 2),
                          makePalette(false).color(QPalette::Window));
            QVERIFY2(ink.inked >= 40, qPrintable(QString::number(ink.inked))); // 4x the pixels
        }
        const QString file = dir + QStringLiteral("/actionicons-toolbar-200.png");
        QVERIFY(hidpi.save(file));
        qInfo("saved %s", qPrintable(file));

        // Every bundled icon: rows light, light disabled, dark, dark disabled; in each cell the
        // 100 % pixmap and the 200 % one drawn pixel for pixel.
        const int cell = 60;
        QImage sheet(int(kIconNames.size()) * cell + 8, 4 * 40, QImage::Format_ARGB32);
        QPainter painter(&sheet);
        for (int row = 0; row < 4; ++row) {
            const QPalette palette = makePalette(row >= 2);
            QApplication::setPalette(palette);
            painter.fillRect(0, row * 40, sheet.width(), 40, palette.color(QPalette::Window));
            const QIcon::Mode mode = row % 2 ? QIcon::Disabled : QIcon::Normal;
            for (int i = 0; i < kIconNames.size(); ++i) {
                const QIcon icon = actionIcon(kIconNames.at(i));
                painter.drawPixmap(8 + i * cell, row * 40 + 12, icon.pixmap(QSize(16, 16), mode));
                QPixmap big = icon.pixmap(QSize(16, 16), 2.0, mode);
                big.setDevicePixelRatio(1.0);
                painter.drawPixmap(8 + i * cell + 20, row * 40 + 4, big);
            }
        }
        painter.end();
        // Each cell holds its icon: ink that stands out from the row's background, in the
        // 100 % and in the 200 % pixmap.
        for (int row = 0; row < 4; ++row) {
            const QColor background = makePalette(row >= 2).color(QPalette::Window);
            for (int i = 0; i < kIconNames.size(); ++i) {
                const RegionInk small =
                    regionInk(sheet, QRect(8 + i * cell, row * 40 + 12, 16, 16), background);
                const RegionInk big =
                    regionInk(sheet, QRect(8 + i * cell + 20, row * 40 + 4, 32, 32), background);
                const QString where = kIconNames.at(i) + QStringLiteral(" row %1").arg(row);
                QVERIFY2(small.inked >= 5, qPrintable(where));
                QVERIFY2(big.inked > small.inked, qPrintable(where));
            }
        }
        const QString sheetFile = dir + QStringLiteral("/actionicons-sheet.png");
        QVERIFY(sheet.save(sheetFile));
        qInfo("saved %s", qPrintable(sheetFile));
    }
};

QTEST_MAIN(tst_ActionIcons)
#include "tst_actionicons.moc"
