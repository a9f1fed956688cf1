#pragma once

#include "snapshotdiff.h"
#include "snapshotstore.h"
#include "snapshottablemodel.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace numdesk {

// What changed between two snapshots of the profile (issue 15), in the window: From and To
// (default: the latest two), the numbers added, removed and changed, grouped by the offer they
// are in (in To; a removed one by the offer it had), each change with its field, before and after
// by name; Export CSV… writes what `numdesk-cli diff` writes. The snapshots are read and compared
// on a worker thread (a store connection of its own).
class SnapshotDiffDialog : public QDialog
{
    Q_OBJECT

public:
    SnapshotDiffDialog(const QString &storePath, QWidget *parent = nullptr);
    ~SnapshotDiffDialog() override;

    bool isComparing() const { return m_comparing; }
    QString summaryText() const;
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QStandardItemModel *changeModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPushButton *exportButton() const { return m_export; }
    const QList<SnapshotChange> &changes() const { return m_changes; }
    // Writes the changes as CSV to `path`; false with why.
    bool exportTo(const QString &path, QString *error);

    enum Column
    {
        NumberColumn,
        ChangeColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

signals:
    // A change or an offer's group was activated: those numbers in the snapshot that holds them
    // (To; From for numbers that were removed).
    void snapshotViewRequested(qint64 snapshot, const numdesk::SnapshotScope &scope,
                               const QString &title);

private:
    struct Compared
    {
        qint64 from = 0;
        qint64 to = 0;
        QList<SnapshotChange> changes;
        QHash<qint64, qint64> offerOf; // number id → its offer (To, else From); absent: none
        SnapshotNames names;           // To's names, then From's for what To does not name
        QString error;
    };
    static Compared compare(const QString &path, qint64 from, qint64 to);
    void startCompare();
    void present(const Compared &compared);
    void exportCsv();

    QString m_storePath;
    QList<SnapshotInfo> m_snapshots;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_export;
    QFutureWatcher<Compared> m_watcher;
    QList<SnapshotChange> m_changes;
    bool m_comparing = false;
    bool m_comparePending = false;
};

} // namespace numdesk
