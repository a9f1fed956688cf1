#include "dialogtesthelpers.h"
#include "exportdialog.h"
#include "lookupcache.h"
#include "mainwindow.h"
#include "numbertablemodel.h"
#include "numbertableview.h"
#include "sandboxhost.h"
#include "widgetlookup.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace numdesk;
using numdesk::test::findByAccessibleName;

// File > Export View… on a real window over the sandbox.
class tst_ExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    // Triggers File > Export View… and returns the dialog it opened.
    ExportDialog *openDialog()
    {
        const auto before = m_window->findChildren<ExportDialog *>();
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == QStringLiteral("&Export View…"))
                action->trigger();
        }
        for (ExportDialog *dialog : m_window->findChildren<ExportDialog *>()) {
            if (!before.contains(dialog))
                return dialog;
        }
        return nullptr;
    }

    QPushButton *exportButton(ExportDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

    // Answers the next message box (the summary) with its default button, remembering its text.
    void answerNextMessageBox(QString *text)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [timer, text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->defaultButton() ? box->defaultButton()->click() : box->accept();
                timer->deleteLater();
            }
        });
        timer->start();
    }

    QCheckBox *checkBox(ExportDialog *dialog, const QString &text)
    {
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (box->text().remove(QLatin1Char('&')).startsWith(text))
                return box;
        }
        return nullptr;
    }

    QRadioButton *radio(ExportDialog *dialog, const QString &text)
    {
        for (QRadioButton *button : dialog->findChildren<QRadioButton *>()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(text))
                return button;
        }
        return nullptr;
    }

    // Exports with the dialog as it is set and returns the file's lines.
    QList<QByteArray> exportTo(ExportDialog *dialog, const QString &path)
    {
        dialog->setFilePath(path);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QString summary;
        answerNextMessageBox(&summary);
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        [&] { QTRY_VERIFY(!summary.isEmpty()); }();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        for (QByteArray &line : lines)
            line = line.trimmed();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(
            m_workspace->startSandbox(m_dir.filePath(QStringLiteral("sb.sqlite")), 1200, &error),
            qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->restoreAndStart();
        m_window->show();
        QTRY_COMPARE(m_workspace->model()->total(), 1200);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void shouldPreselectTheVisibleColumnsAndExportEveryRow()
    {
        m_window->tableView()->setVisibleColumns({QStringLiteral("number"), QStringLiteral("id")});
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->chosenColumns(), QStringList({"number", "id"}));
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        dialog->setFilePath(path);
        // The header as keys by default: "number,id" below.
        QRadioButton *keys = radio(dialog, QStringLiteral("Column keys"));
        QVERIFY(keys && keys->isChecked());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QString summary;
        answerNextMessageBox(&summary);
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY(!summary.isEmpty());
        QVERIFY2(summary.contains(QStringLiteral("1,200")), qPrintable(summary));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("number,id"));
        QCOMPARE(lines.size() - 2, 1200); // header + rows + the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith('+'));
        QCOMPARE(QSettings().value(QStringLiteral("export/lastFolder")).toString(), m_dir.path());
    }

    void shouldStartInAFolderThatExists()
    {
        // The remembered folder is gone (and a fresh account may have no Documents folder):
        // the dialog starts where the file can be written, not on an error.
        QSettings().setValue(QStringLiteral("export/lastFolder"),
                             m_dir.filePath(QStringLiteral("removed-since")));
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QFileInfo file(dialog->filePath());
        QVERIFY2(file.absoluteDir().exists(), qPrintable(dialog->filePath()));
        QVERIFY(exportButton(dialog)->isEnabled());
        dialog->close();
        QSettings().setValue(QStringLiteral("export/lastFolder"), m_dir.path());
        dialog = openDialog();
        QCOMPARE(QFileInfo(dialog->filePath()).absolutePath(), m_dir.path());
        dialog->close();
    }

    void shouldRefuseWithoutAColumnOrAFolder()
    {
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFilePath(m_dir.filePath(QStringLiteral("missing/folder/x.csv")));
        QVERIFY(!exportButton(dialog)->isEnabled());
        dialog->setFilePath(m_dir.filePath(QStringLiteral("ok.csv")));
        QVERIFY(exportButton(dialog)->isEnabled());
        auto *list = dialog->findChild<QListWidget *>();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(!exportButton(dialog)->isEnabled());
        dialog->reject();
    }

    // Issue 19 item 6: the dialog refuses what the CLI refuses, and writes a pipe directly
    // without asking to replace it.
    void shouldRefuseALinkOrAnotherUsersFileAndWriteAPipeDirectly()
    {
        m_window->tableView()->setVisibleColumns({QStringLiteral("id")});
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString secret = m_dir.filePath(QStringLiteral("secret"));
        {
            QFile file(secret);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep\n");
        }
        const QString link = m_dir.filePath(QStringLiteral("planted.csv"));
        QVERIFY(QFile::link(secret, link));
        const auto problemShown = [dialog](const QString &text) {
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text() == text)
                    return true;
            }
            return false;
        };
        dialog->setFilePath(link);
        QVERIFY(!exportButton(dialog)->isEnabled());
        QVERIFY(problemShown(
            QStringLiteral("Cannot write %1: it is a symbolic link; name the file itself.")
                .arg(link)));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.csv"));
        QVERIFY(QFile::copy(secret, theirs));
        QVERIFY2(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0,
                 "the test needs root to give a file to uid 65534");
        dialog->setFilePath(theirs);
        QVERIFY(!exportButton(dialog)->isEnabled());
        QVERIFY(problemShown(
            QStringLiteral("Cannot write %1: it belongs to another user and is not replaced.")
                .arg(theirs)));

        const QString fifo = m_dir.filePath(QStringLiteral("view.pipe"));
        const QByteArray encoded = QFile::encodeName(fifo);
        QCOMPARE(::mkfifo(encoded.constData(), 0600), 0);
        const int reader = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        dialog->setFilePath(fifo);
        QVERIFY(exportButton(dialog)->isEnabled());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QString summary;
        answerNextMessageBox(&summary); // the summary: no question came first
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY(!summary.isEmpty());
        QVERIFY2(summary.contains(QStringLiteral("1,200 numbers written to %1").arg(fifo)),
                 qPrintable(summary));
        QByteArray csv;
        char buffer[4096];
        for (ssize_t got; (got = ::read(reader, buffer, sizeof buffer)) > 0;)
            csv.append(buffer, qsizetype(got));
        ::close(reader);
        QVERIFY(csv.startsWith("id\r\n"));
        QCOMPARE(csv.count("\r\n"), 1201);
        struct stat info = {};
        QCOMPARE(::lstat(encoded.constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep\n"));
    }

    void shouldLeaveNoFileWhenCancelled()
    {
        sandbox::FaultSettings slow;
        slow.latencyMs = 2000;
        m_workspace->sandbox()->setFaults(slow);
        ExportDialog *dialog = openDialog();
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        dialog->setFilePath(path);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = dialog->findChild<QProgressDialog *>()) != nullptr);
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton); // Cancel
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(dialog->summary().outcome, ExportSummary::Outcome::Cancelled);
        QVERIFY(!QFile::exists(path));
        m_workspace->sandbox()->setFaults(sandbox::FaultSettings{});
        const QString shot = qEnvironmentVariable(
            "NUMDESK_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(shot);
        QVERIFY(dialog->grab().save(shot + QStringLiteral("/export-dialog.png")));
        dialog->reject();
    }
    // Issue 14, item 15: "Write names as shown" writes the names the table shows, with either
    // header; the choices are remembered.
    void shouldWriteNamesAsShownAndRememberTheChoices()
    {
        QTRY_VERIFY(m_workspace->lookups()->isLoaded(schema::LookupKind::Offers));
        QTRY_VERIFY(m_workspace->lookups()->isLoaded(schema::LookupKind::RingPools));
        NumberTableModel *model = m_workspace->model();
        m_window->tableView()->setVisibleColumns(
            {QStringLiteral("number"), QStringLiteral("offer_id"), QStringLiteral("country"),
             QStringLiteral("ring_pool_id")});
        QTRY_VERIFY(model->index(2, 0).data(NumberTableModel::LoadedRole).toBool());
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCheckBox *names = checkBox(dialog, QStringLiteral("Write names as shown"));
        QVERIFY(names);
        QVERIFY(!names->isChecked());
        names->setChecked(true);
        radio(dialog, QStringLiteral("Column keys"))->setChecked(true);
        QList<QByteArray> lines = exportTo(dialog, m_dir.filePath(QStringLiteral("names.csv")));
        QCOMPARE(lines.first(), QByteArray("number,offer_id,country,ring_pool_id"));
        auto expectedRow = [model](int row) {
            QStringList cells{model->index(row, 0).data(Qt::EditRole).toString()};
            for (int column = 1; column < 4; ++column) {
                QString text = model->index(row, column).data().toString();
                if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')))
                    text = QLatin1Char('"') +
                           text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                           QLatin1Char('"');
                cells << text;
            }
            return cells.join(QLatin1Char(',')).toUtf8();
        };
        for (int row = 0; row < 3; ++row)
            QCOMPARE(lines.at(row + 1), expectedRow(row));
        QVERIFY(!lines.at(1).contains(",10")); // no id left in a name column

        // Remembered, with the header choice.
        dialog = openDialog();
        QVERIFY(checkBox(dialog, QStringLiteral("Write names as shown"))->isChecked());
        QVERIFY(radio(dialog, QStringLiteral("Column keys"))->isChecked());
        radio(dialog, QStringLiteral("Display labels"))->setChecked(true);
        lines = exportTo(dialog, m_dir.filePath(QStringLiteral("names-labels.csv")));
        QCOMPARE(lines.first(), QByteArray("Number,Offer,Country,Number Pool"));
        QCOMPARE(lines.at(1), expectedRow(0));
        dialog = openDialog();
        QVERIFY(radio(dialog, QStringLiteral("Display labels"))->isChecked());
        checkBox(dialog, QStringLiteral("Write names as shown"))->setChecked(false);
        lines = exportTo(dialog, m_dir.filePath(QStringLiteral("ids.csv")));
        QCOMPARE(lines.at(1).split(',').at(1), QByteArray::number(*model->numberAt(0)->offerId));
    }

    // Issue 14, item 16: with Spreadsheet-safe off, a view holding formula-like cells is named
    // in the dialog before anything is written; the choice is remembered.
    void shouldWarnAboutFormulaLikeCellsWhenSpreadsheetSafeIsOff()
    {
        NumberTableModel *model = m_workspace->model();
        m_window->tableView()->setVisibleColumns(
            {QStringLiteral("number"), QStringLiteral("name")});
        QTRY_VERIFY(model->index(3, 0).data(NumberTableModel::LoadedRole).toBool());
        PhoneNumber changed = *model->numberAt(3);
        changed.name = QStringLiteral("=SUM(A1)");
        model->updateNumber(changed);
        ExportDialog *dialog = openDialog();
        QCheckBox *safe = checkBox(dialog, QStringLiteral("Spreadsheet-safe"));
        QVERIFY(safe);
        safe->setChecked(false);
        auto *warning = findByAccessibleName<QLabel>(dialog, QStringLiteral("Formula warning"));
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("=SUM(A1)")), qPrintable(warning->text()));
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("export-dialog-formula-warning.png")));
        safe->setChecked(true);
        QVERIFY(!warning->isVisible());
        dialog->reject();
        dialog = openDialog();
        QVERIFY(checkBox(dialog, QStringLiteral("Spreadsheet-safe"))->isChecked());
        checkBox(dialog, QStringLiteral("Spreadsheet-safe"))->setChecked(false);
        dialog->reject();
        dialog = openDialog();
        QVERIFY(!checkBox(dialog, QStringLiteral("Spreadsheet-safe"))->isChecked());
        dialog->reject();
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
