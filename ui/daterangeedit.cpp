#include "daterangeedit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

#include <utility>

namespace numdesk {

namespace {

// The editors hold wall-clock values in UTC spec (no daylight-saving gaps there); the range's own
// zone gives them meaning.
void setWallClock(QDateTimeEdit *edit, const QDateTime &zoned)
{
    edit->setDateTime(QDateTime(zoned.date(), zoned.time(), Qt::UTC));
}

} // namespace

DateRangeEdit::DateRangeEdit(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    m_preset->addItem(tr("Any Time"), QVariant::fromValue(Preset::Any));
    m_preset->addItem(tr("Today"), QVariant::fromValue(Preset::Today));
    m_preset->addItem(tr("Last 7 Days"), QVariant::fromValue(Preset::Last7Days));
    m_preset->addItem(tr("This Month"), QVariant::fromValue(Preset::ThisMonth));
    m_preset->addItem(tr("Custom"), QVariant::fromValue(Preset::Custom));
    m_preset->setAccessibleName(accessibleName);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("%1 from").arg(accessibleName));
    m_to->setAccessibleName(tr("%1 to").arg(accessibleName));
    m_from->setToolTip(tr("Start of the range, in the chosen time zone"));
    m_to->setToolTip(tr("End of the range, in the chosen time zone"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    m_dash = new QLabel(QStringLiteral("–"), this);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const Preset previous = std::exchange(m_lastPreset, preset());
        applyPreset();
        if (preset() == Preset::Custom && !m_updating)
            startCustomRange(previous);
        markRange();
        if (!m_updating)
            emit rangeChanged();
    });
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            markRange();
            if (!m_updating && preset() == Preset::Custom)
                emit rangeChanged();
        });
    }
    applyPreset();
    markRange();
}

void DateRangeEdit::startCustomRange(Preset previous)
{
    // A custom range starts from the preset it replaces (the editors still hold that range),
    // or from today 00:00 to now: never from the editors' empty 2000-01-01.
    if (previous != Preset::Any)
        return;
    const QDateTime current = now();
    const bool wasUpdating = std::exchange(m_updating, true);
    setWallClock(m_from, startOfDay(current.date(), m_zone));
    setWallClock(m_to, QDateTime(current.date(),
                                 QTime(current.time().hour(), current.time().minute()), m_zone));
    m_updating = wasUpdating;
}

bool DateRangeEdit::isRangeValid() const
{
    return preset() != Preset::Custom || from() <= to();
}

void DateRangeEdit::markRange()
{
    const bool valid = isRangeValid();
    setProperty("rangeValid", valid);
    m_to->setToolTip(valid ? tr("End of the range, in the chosen time zone")
                           : tr("The end is before the start: this range is not applied."));
    m_to->setStyleSheet(valid ? QString()
                              : QStringLiteral("QDateTimeEdit { border: 1px solid #c62828; "
                                               "color: #c62828; }"));
}

DateRangeEdit::Preset DateRangeEdit::preset() const
{
    return m_preset->currentData().value<Preset>();
}

void DateRangeEdit::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(QVariant::fromValue(preset)));
}

void DateRangeEdit::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_updating = true;
    setPreset(Preset::Custom);
    if (from.isValid())
        setWallClock(m_from, from.toTimeZone(m_zone));
    if (to.isValid())
        setWallClock(m_to, to.toTimeZone(m_zone));
    m_updating = false;
    markRange();
    emit rangeChanged();
}

void DateRangeEdit::setZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    // The wall-clock values stay what the user typed; they are now read in the new zone.
    m_zone = zone;
    m_updating = true;
    applyPreset();
    m_updating = false;
    markRange();
}

void DateRangeEdit::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    applyPreset();
}

QDateTime DateRangeEdit::now() const
{
    const QDateTime utc = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return utc.toTimeZone(m_zone);
}

QDateTime DateRangeEdit::startOfDay(QDate date, const QTimeZone &zone)
{
    // Qt finds the first existing time when midnight falls in a daylight-saving gap; when it
    // falls in an overlap Qt may take the second midnight: go back to the first (at most the
    // size of a transition, whole minutes).
    QDateTime start = date.startOfDay(zone);
    for (int i = 0; i < 180 && start.addSecs(-60).toTimeZone(zone).date() == date; ++i)
        start = start.addSecs(-60);
    return start;
}

QDateTime DateRangeEdit::endOfDay(QDate date, const QTimeZone &zone)
{
    // The last second that still reads `date`: in an overlap, the second 23:59:59.
    QDateTime end = date.endOfDay(zone);
    end = end.addMSecs(-end.time().msec());
    for (int i = 0; i < 180 && end.addSecs(60).toTimeZone(zone).date() == date; ++i)
        end = end.addSecs(60);
    return end;
}

std::pair<QDateTime, QDateTime> DateRangeEdit::presetRange() const
{
    const QDate today = now().date();
    QDate first = today;
    if (preset() == Preset::Last7Days)
        first = today.addDays(-6);
    else if (preset() == Preset::ThisMonth)
        first = QDate(today.year(), today.month(), 1);
    return {startOfDay(first, m_zone), endOfDay(today, m_zone)};
}

void DateRangeEdit::applyPreset()
{
    const Preset p = preset();
    m_from->setEnabled(p == Preset::Custom);
    m_to->setEnabled(p == Preset::Custom);
    // An open range has no bounds to show.
    m_from->setVisible(p != Preset::Any);
    m_to->setVisible(p != Preset::Any);
    m_dash->setVisible(p != Preset::Any);
    if (p == Preset::Custom || p == Preset::Any)
        return;
    const auto [first, last] = presetRange();
    const bool wasUpdating = m_updating;
    m_updating = true;
    setWallClock(m_from, first);
    setWallClock(m_to, last);
    m_updating = wasUpdating;
}

QDateTime DateRangeEdit::from() const
{
    // Presets are computed when asked, so "Today" is still today after midnight.
    if (preset() == Preset::Any)
        return {};
    if (preset() != Preset::Custom)
        return presetRange().first;
    const QDateTime wall = m_from->dateTime();
    return QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), m_zone);
}

QDateTime DateRangeEdit::to() const
{
    if (preset() == Preset::Any)
        return {};
    if (preset() != Preset::Custom)
        return presetRange().second;
    const QDateTime wall = m_to->dateTime();
    // A range shown to the minute ends at that minute's last second.
    return QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute(), 59), m_zone);
}

} // namespace numdesk
