#pragma once

#include <QHash>
#include <QStringList>
#include <QTableView>

class QMenu;
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

signals:
    void columnsChanged(const QStringList &keys);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyColumns(const QStringList &keys);
    void rememberWidths();
    void applyWidths();

    NumberTableModel *m_model = nullptr;
    QHash<QString, int> m_widths; // by column key
};

} // namespace numdesk
