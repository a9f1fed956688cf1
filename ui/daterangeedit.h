#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace numdesk {

// A from/to date-time range with quick presets (any time, today, last 7 days, this month, custom),
// read in the time zone the filter bar has chosen.
class DateRangeEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Any,
        Today,
        Last7Days,
        ThisMonth,
        Custom
    };
    Q_ENUM(Preset)

    explicit DateRangeEdit(const QString &accessibleName, QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    // A custom range; an invalid end leaves that side open.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setZone(const QTimeZone &zone);
    QDateTime from() const; // invalid when open
    QDateTime to() const;
    // False for a custom range that ends before it starts (the end field is marked).
    bool isRangeValid() const;
    // Today, at the moment of the call, as the presets compute it (tests set a fixed clock).
    void setClock(std::function<QDateTime()> now);
    // The first and the last second of `date` in `zone`, across daylight-saving changes:
    // 01:00 when midnight is skipped, the first of two midnights, the second of two 23:59:59.
    static QDateTime startOfDay(QDate date, const QTimeZone &zone);
    static QDateTime endOfDay(QDate date, const QTimeZone &zone);

signals:
    void rangeChanged();

private:
    void applyPreset();
    void startCustomRange(Preset previous);
    void markRange();
    std::pair<QDateTime, QDateTime> presetRange() const;
    QDateTime now() const;

    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_dash = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    std::function<QDateTime()> m_now;
    bool m_updating = false;
    Preset m_lastPreset = Preset::Any;
};

} // namespace numdesk
