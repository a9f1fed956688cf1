#pragma once

#include "apidates.h"
#include "numberfilter.h"

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace numdesk {

class DateRangeEdit;
class LookupCache;
class LookupCombo;

// Every filter of the list: full text (debounced; Enter applies at once, Esc clears), number,
// offer, traffic source, provider and pool pickers, created and last-call ranges and the time
// zone they are read in. Emits filterChanged with the NumberFilter to query.
// The number takes any common written form ("(212) 669-9604", "+44 161 419 9581", "00 44 …"),
// read in the default country when it has no country code, and is sent in E.164; a text that
// is no number is not sent, and the reason shows under the field.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(LookupCache *lookups, QWidget *parent = nullptr);

    NumberFilter filter() const;
    bool isActive() const { return !filter().isEmpty(); }
    void setTimeZones(const QList<dates::NamedTimeZone> &zones);
    QString timeZoneName() const;
    // The country a number typed without its country code belongs to (Preferences).
    void setDefaultCountry(const QString &country);
    // Why the number field's text is not sent; empty when it is fine (or empty).
    QString numberProblem() const;

    // What the user chose, presets included, to restore the bar on the next start.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

    static constexpr int kDebounceMs = 300;

public slots:
    void clear();
    void focusSearch();

signals:
    void filterChanged(const numdesk::NumberFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleApply();
    void applyNow();
    void updateIndicator();
    // Shows or hides the number field's reason; false while its text is no number.
    bool checkNumber();
    bool checkRanges(); // false (and says why) when a date range is inverted

    QLineEdit *m_search;
    QLineEdit *m_number;
    QLabel *m_numberError;
    QLabel *m_rangeError; // a date range that ends before it starts
    QString m_defaultCountry = QStringLiteral("US");
    LookupCombo *m_offer;
    LookupCombo *m_trafficSource;
    LookupCombo *m_provider;
    LookupCombo *m_pool;
    DateRangeEdit *m_created;
    DateRangeEdit *m_lastCall;
    QComboBox *m_timeZone;
    QLabel *m_indicator;
    QPushButton *m_clear;
    QTimer m_debounce;
    NumberFilter m_applied;
    bool m_restoring = false;
};

} // namespace numdesk
