#include "snapshottaker.h"

#include <QLocale>
#include <QProgressDialog>

namespace numdesk {

SnapshotTaker::SnapshotTaker(ApiClient *client, QString storePath, SnapshotJob::Options options,
                             QWidget *parent, Display display)
    : QObject(parent)
    , m_client(client)
    , m_storePath(std::move(storePath))
    , m_options(std::move(options))
    , m_display(display)
{}

SnapshotTaker::~SnapshotTaker()
{
    delete m_job; // before the store it writes to
    if (m_dialog)
        m_dialog->deleteLater();
}

bool SnapshotTaker::start(QString *error)
{
    if (!m_store.open(m_storePath, error))
        return false;
    m_job = new SnapshotJob(m_client, &m_store, m_options);
    connect(m_job, &SnapshotJob::progressChanged, this, &SnapshotTaker::progressChanged);
    connect(m_job, &SnapshotJob::finished, this, [this](const SnapshotResult &result) {
        if (m_dialog)
            m_dialog->hide();
        emit finished(result);
        deleteLater();
    });
    if (m_display == Display::Dialog) {
        auto *parentWidget = qobject_cast<QWidget *>(parent());
        m_dialog = new QProgressDialog(tr("Taking a snapshot of every number…"), tr("Cancel"), 0, 0,
                                       parentWidget);
        m_dialog->setObjectName(QStringLiteral("snapshotProgress"));
        m_dialog->setWindowTitle(tr("Take Snapshot"));
        m_dialog->setWindowModality(Qt::NonModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        connect(m_dialog, &QProgressDialog::canceled, this, &SnapshotTaker::cancel);
        connect(m_job, &SnapshotJob::progressChanged, this, [this](qint64 done, qint64 total) {
            if (!m_dialog)
                return;
            m_dialog->setMaximum(total > 0 ? 1000 : 0);
            m_dialog->setValue(total > 0 ? int(qMin<qint64>(done, total) * 1000 / total) : 0);
            m_dialog->setLabelText(progressText(done, total));
        });
        m_dialog->show();
    }
    m_job->start();
    return true;
}

QString SnapshotTaker::progressText(qint64 done, qint64 total)
{
    const QLocale locale;
    return total > 0 ? tr("Taking a snapshot: %1 of %2 numbers…")
                           .arg(locale.toString(done), locale.toString(total))
                     : tr("Taking a snapshot: %1 numbers…").arg(locale.toString(done));
}

void SnapshotTaker::cancel()
{
    if (m_job)
        m_job->cancel();
}

QString SnapshotTaker::describe(const SnapshotResult &result)
{
    const QLocale locale;
    switch (result.outcome) {
    case SnapshotResult::Outcome::Cancelled:
        return tr("Snapshot cancelled; nothing was kept.");
    case SnapshotResult::Outcome::Failed:
        return tr("The snapshot failed: %1").arg(result.message);
    case SnapshotResult::Outcome::Completed:
        break;
    }
    //: "Snapshot 3: 3,000 numbers at 3 Dec 2026 14:02"
    QString text = tr("Snapshot %1: %2 numbers at %3")
                       .arg(result.id)
                       .arg(locale.toString(result.count),
                            locale.toString(result.takenAt.toLocalTime(), QLocale::ShortFormat));
    if (!result.verified)
        text += QLatin1Char(' ') + tr("Not verified: the numbers kept changing while they were "
                                      "read, so it may miss or repeat some.");
    return text;
}

} // namespace numdesk
