#pragma once

#include <QHash>
#include <QStringList>
#include <QTableView>

class QLabel;
class QMenu;
class QPushButton;
class QSettings;

namespace numdesk {

class NumberTableModel;

// The inventory table: fixed-height rows (a million rows stay cheap), a header menu to choose
// the columns, column order and widths kept by column key, Ctrl+C / Ctrl+Shift+C copy.
class NumberTableView : public QTableView
{
    Q_OBJECT

public:
    explicit NumberTableView(QWidget *parent = nullptr);

    void setNumberModel(NumberTableModel *model);
    NumberTableModel *numberModel() const { return m_model; }

    // The visible column keys in the order the user sees them.
    QStringList visibleColumns() const;
    void setVisibleColumns(const QStringList &keys);
    // A menu with one checkable entry per column; used by the header and the Columns action.
    void fillColumnsMenu(QMenu *menu);

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Selected cells as tab-separated text, rows in view order; optionally a header line.
    QString selectionAsText(bool withHeaders) const;
    void copySelection(bool withHeaders);
    // Ids of the selected loaded rows, in view order.
    QList<qint64> selectedIds() const;

    // The line shown over an empty table ("No numbers match these filters") and whether it
    // offers Clear Filters; an empty text hides it.
    void setEmptyText(const QString &text, bool offerClearFilters);
    QString emptyText() const;

signals:
    void columnsChanged(const QStringList &keys);
    void clearFiltersRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event) const override;

private:
    void applyColumns(const QStringList &keys);
    void rememberWidths();
    void applyWidths();
    void placeEmptyNotice();

    NumberTableModel *m_model = nullptr;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyClear;
    QHash<QString, int> m_widths; // by column key
};

} // namespace numdesk
