#pragma once

#include <QStyledItemDelegate>

namespace numdesk {

// Draws an item whose MarkupRole holds rich text (a few inline tags: <b>, <span style=…>) as
// that rich text, in the item's font and palette, selected or not; other items as usual. What
// the number chooser uses to show the digits a search asked for highlighted in each number.
class MarkedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int MarkupRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace numdesk
