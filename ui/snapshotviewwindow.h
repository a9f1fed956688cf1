#pragma once

#include "snapshottablemodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace numdesk {

// The snapshot view (issue 15): a window over one snapshot, or the part of it an Insights group,
// an idle bucket or a diff picked, with the main table's columns. A bar says what it shows and
// that live values may differ ("Snapshot of 3 Dec 14:02 — 212 numbers — live values may
// differ"); the rows filter as the user types and sort at once on any column (names included).
// Edit… and Unrent… act on the selected numbers through the live API: the window only asks
// (editRequested, unrentRequested); the main window reads the numbers live and confirms.
class SnapshotViewWindow : public QWidget
{
    Q_OBJECT

public:
    // `title` names the scope ("Offer: Auto Insurance, idle for 90 days"); empty: the whole
    // snapshot.
    SnapshotViewWindow(const QString &title, QWidget *parent = nullptr);
    ~SnapshotViewWindow() override;

    // Opens the snapshot; false (with the reason) when it cannot be read.
    bool open(const QString &storePath, qint64 snapshot, const SnapshotScope &scope,
              const QStringList &columns, QString *error = nullptr);

    SnapshotTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *unrentButton() const { return m_unrent; }
    QString barText() const;
    // The selected numbers as the snapshot holds them, in view order.
    QList<PhoneNumber> selectedNumbers() const;
    // What a confirmation says of where these numbers come from.
    QString planText(int count) const;

signals:
    void editRequested(const QList<numdesk::PhoneNumber> &numbers);
    void unrentRequested(const QList<numdesk::PhoneNumber> &numbers, const QString &plan);

private:
    void updateBar();
    void updateButtons();

    QString m_title;
    SnapshotTableModel *m_model;
    QLabel *m_bar;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_unrent;
    bool m_sized = false; // columns fitted to the first rows
};

} // namespace numdesk
