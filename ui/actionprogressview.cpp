#include "actionprogressview.h"

#include "actionrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace numdesk {

namespace {

enum Column
{
    NumberColumn,
    StatusColumn,
    MessageColumn
};

QString numberText(const NumberAction &action, int index)
{
    if (action.result)
        return numberLabel(*action.result);
    if (!action.label.isEmpty())
        return action.label;
    //: A purchase whose number is not known yet: "Purchase 3"
    return ActionProgressView::tr("Purchase %1").arg(index + 1);
}

} // namespace

ActionProgressView::ActionProgressView(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
{
    m_progress->setAccessibleName(tr("Progress"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Status"), tr("Message")});
    m_table->setAccessibleName(tr("Results"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NumberColumn, 170);
    m_table->setColumnWidth(StatusColumn, 150);
    m_stop->setToolTip(tr("Start nothing new; what is already on its way finishes"));
    m_stop->setAutoDefault(false);
    m_retry->setToolTip(tr("Send the failed ones again"));
    m_retry->setAutoDefault(false);
    m_retry->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->stop();
        m_stop->setEnabled(false);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->retryFailed()) {
            m_stop->setEnabled(true);
            updateSummary();
        }
    });
}

void ActionProgressView::setRunner(ActionRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_table->setRowCount(int(runner->actions().size()));
    for (int i = 0; i < runner->actions().size(); ++i)
        fillRow(i);
    connect(runner, &ActionRunner::actionChanged, this, [this](int index) {
        fillRow(index);
        updateSummary();
    });
    connect(runner, &ActionRunner::finished, this, &ActionProgressView::updateSummary);
    updateSummary();
}

QString ActionProgressView::stateText(const NumberAction &action)
{
    switch (action.state) {
    case NumberAction::State::Waiting:
        return tr("Waiting");
    case NumberAction::State::Running:
        return tr("Sending…");
    case NumberAction::State::Succeeded:
        switch (action.kind) {
        case NumberAction::Kind::Purchase:
            return tr("Bought");
        case NumberAction::Kind::Update:
            return tr("Changed");
        case NumberAction::Kind::Unrent:
            return tr("Unrented");
        }
        return {};
    case NumberAction::State::Failed:
        return tr("Failed");
    case NumberAction::State::OutcomeUnknown:
        return tr("Outcome unknown — check");
    case NumberAction::State::Stopped:
        return tr("Not sent (stopped)");
    }
    return {};
}

void ActionProgressView::fillRow(int index)
{
    const NumberAction &action = m_runner->actions().at(index);
    QString message;
    if (action.error)
        message = action.error->fullText().replace(QLatin1Char('\n'), QStringLiteral("; "));
    else if (action.result && action.result->id)
        message = tr("ID %1").arg(*action.result->id);
    const QStringList texts{numberText(action, index), stateText(action), message};
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (column == MessageColumn)
            item->setToolTip(action.error ? action.error->fullText() : message);
        if (action.state == NumberAction::State::Failed ||
            action.state == NumberAction::State::OutcomeUnknown) {
            QFont font = item->font();
            font.setBold(column == StatusColumn);
            item->setFont(font);
        }
        m_table->setItem(index, column, item);
    }
}

void ActionProgressView::updateSummary()
{
    if (!m_runner)
        return;
    const int total = int(m_runner->actions().size());
    const int finished = m_runner->finishedCount();
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
    const int failed = m_runner->count(NumberAction::State::Failed);
    const int unknown = m_runner->count(NumberAction::State::OutcomeUnknown);
    const int stopped = m_runner->count(NumberAction::State::Stopped);
    const int done = m_runner->count(NumberAction::State::Succeeded);
    QStringList parts;
    parts << tr("%n of %1 done", nullptr, done).arg(total);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (unknown)
        parts << tr("%n with unknown outcome — check the account before trying again", nullptr,
                    unknown);
    if (stopped)
        parts << tr("%n not sent", nullptr, stopped);
    m_summary->setText(parts.join(QStringLiteral(", ")) + QLatin1Char('.'));
    const bool running = m_runner->isRunning();
    m_stop->setVisible(running);
    m_retry->setVisible(!running && (failed > 0 || stopped > 0));
}

QString ActionProgressView::summaryText() const
{
    return m_summary->text();
}

} // namespace numdesk
