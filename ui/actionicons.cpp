#include "actionicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace numdesk {
namespace {

// Renders a monochrome SVG and fills its shape with the palette colour of the icon's mode. The
// colour is read on every request (not baked in), so a palette change shows at the next paint.
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(const QString &path)
        : m_path(path)
        , m_renderer(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = render(rect.size() * dpr, mode);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
        Q_UNUSED(state)
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return render(size, mode);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // `size` is already in device pixels (QIcon::pixmap multiplies by the ratio).
        QPixmap pm = render(size, mode);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("numdesk-tinted-svg"); }
    QString iconName() override { return QString(); }
    bool isNull() override { return !m_renderer.isValid(); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QPixmap render(const QSize &size, QIcon::Mode mode)
    {
        if (size.isEmpty() || !m_renderer.isValid())
            return QPixmap();
        const QColor color = colorFor(mode);
        const QString cacheKey = QStringLiteral("numdesk-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(color.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            // Square icons: keep the aspect ratio inside a non-square request.
            const int side = qMin(size.width(), size.height());
            const QRect target((size.width() - side) / 2, (size.height() - side) / 2, side, side);
            m_renderer.render(&p, target);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), color);
        }
        QPixmap pm = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QString m_path;
    QSvgRenderer m_renderer;
};

} // namespace

QString bundledActionIconPath(const QString &themeName)
{
    const QString path = QStringLiteral(":/numdesk/actions/%1.svg").arg(themeName);
    return QFile::exists(path) ? path : QString();
}

QIcon actionIcon(const QString &themeName)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    const QString path = bundledActionIconPath(themeName);
    if (path.isEmpty())
        return QIcon();
    return QIcon(new TintedSvgIconEngine(path));
}

} // namespace numdesk
