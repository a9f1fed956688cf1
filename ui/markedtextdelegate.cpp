#include "markedtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace numdesk {

namespace {

void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QString &markup)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(markup);
}

} // namespace

void MarkedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString markup = index.data(MarkupRole).toString();
    if (markup.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the style draws background, check box and focus; the text is ours
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    QTextDocument document;
    layOut(document, item, markup);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = item.palette;
    const bool selected = item.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    const int top = area.top() + (area.height() - int(document.size().height())) / 2;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    painter->translate(area.left() + margin, top);
    painter->setClipRect(QRect(0, 0, area.width() - margin, area.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize MarkedTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QSize plain = QStyledItemDelegate::sizeHint(option, index);
    const QString markup = index.data(MarkupRole).toString();
    if (markup.isEmpty())
        return plain;
    QTextDocument document;
    layOut(document, option, markup);
    // Bold digits are wider than the plain text the base class measured.
    return QSize(qMax(plain.width(), int(document.idealWidth()) + plain.height()), plain.height());
}

} // namespace numdesk
