#pragma once

#include "snapshotjob.h"
#include "snapshotstore.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QWidget;

namespace numdesk {

class ApiClient;

// Takes one snapshot for the window: the store of the profile, a SnapshotJob, and a progress
// dialog with Cancel that does not block the window (the read runs on the event loop; rows go
// to SQLite one page, one transaction at a time). Deletes itself once finished.
class SnapshotTaker : public QObject
{
    Q_OBJECT

public:
    enum class Display
    {
        Dialog,    // a progress dialog with Cancel (Take Snapshot)
        Background // no dialog: progressChanged() only (the snapshot a day)
    };
    // `parent` owns the progress dialog.
    SnapshotTaker(ApiClient *client, QString storePath, SnapshotJob::Options options,
                  QWidget *parent, Display display = Display::Dialog);
    ~SnapshotTaker() override;

    // false and the reason when the store cannot be opened; otherwise finished() follows.
    bool start(QString *error);
    void cancel();
    QProgressDialog *progressDialog() const { return m_dialog; }
    // "Snapshot 3: 3,000 numbers at 3 Dec 2026 14:02" and what else the result says.
    static QString describe(const SnapshotResult &result);

    // "Taking a snapshot: 1,200 of 3,000 numbers…"
    static QString progressText(qint64 done, qint64 total);

signals:
    void progressChanged(qint64 rowsDone, qint64 total); // total -1 when unknown
    void finished(const numdesk::SnapshotResult &result);

private:
    ApiClient *m_client;
    QString m_storePath;
    SnapshotJob::Options m_options;
    Display m_display;
    SnapshotStore m_store;
    SnapshotJob *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace numdesk
