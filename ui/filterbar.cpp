#include "filterbar.h"

#include "daterangeedit.h"
#include "formerrors.h"
#include "lookupcombo.h"
#include "phonenumbering.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace numdesk {

namespace {

const QString kDefaultZone = QStringLiteral("UTC");

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> idFrom(const QVariant &v)
{
    return v.isValid() && !v.isNull() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

} // namespace

FilterBar::FilterBar(LookupCache *lookups, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_numberError(FormErrors::makeErrorLabel(this))
    , m_rangeError(FormErrors::makeErrorLabel(this))
    , m_offer(new LookupCombo(lookups, schema::LookupKind::Offers, tr("Any offer"), this))
    , m_trafficSource(new LookupCombo(lookups, schema::LookupKind::TrafficSources,
                                      tr("Any traffic source"), this))
    , m_provider(new LookupCombo(lookups, schema::LookupKind::ProviderConfigurations,
                                 tr("Any provider"), this))
    , m_pool(new LookupCombo(lookups, schema::LookupKind::RingPools, tr("Any number pool"), this))
    , m_created(new DateRangeEdit(tr("Created"), this))
    , m_lastCall(new DateRangeEdit(tr("Last call"), this))
    , m_timeZone(new QComboBox(this))
    , m_indicator(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
{
    m_search->setPlaceholderText(tr("Search names and numbers…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    m_search->setToolTip(tr("Searches name, number and human number. Enter searches at once, "
                            "Esc clears."));
    m_number->setPlaceholderText(tr("Number, e.g. (212) 669-9604"));
    m_number->setClearButtonEnabled(true);
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setToolTip(tr("The whole number, written any common way; without a country code "
                            "it is read as a number of the default country (Preferences)."));
    m_numberError->setAccessibleName(tr("Phone number error"));
    m_rangeError->setAccessibleName(tr("Date range error"));
    m_offer->setAccessibleName(tr("Offer"));
    m_trafficSource->setAccessibleName(tr("Traffic source"));
    m_provider->setAccessibleName(tr("Provider"));
    m_pool->setAccessibleName(tr("Number pool"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setObjectName(QStringLiteral("timeZonePicker"));
    m_timeZone->setToolTip(tr("Date ranges are read in this time zone"));
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(16);
    m_timeZone->addItem(kDefaultZone, kDefaultZone);
    m_indicator->setText(tr("Filtered"));
    m_indicator->setObjectName(QStringLiteral("filterIndicator"));
    // Hidden, it keeps its place: the bar does not jump when "Filtered" appears.
    QSizePolicy indicatorPolicy = m_indicator->sizePolicy();
    indicatorPolicy.setRetainSizeWhenHidden(true);
    m_indicator->setSizePolicy(indicatorPolicy);
    m_indicator->setStyleSheet(QStringLiteral(
        "#filterIndicator { background: palette(highlight); color: palette(highlighted-text);"
        " border-radius: 3px; padding: 1px 6px; }"));
    m_clear->setToolTip(tr("Remove every filter (Ctrl+Shift+X)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 2);
    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_number, 0, 2);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_timeZone);
    grid->addWidget(zoneLabel, 0, 3, Qt::AlignRight);
    grid->addWidget(m_timeZone, 0, 4);
    grid->addWidget(m_indicator, 0, 5);
    grid->addWidget(m_clear, 0, 6);
    // Under the number field and as wide as the rest of the row: one or two lines, not a
    // narrow column of them. A hidden row takes no room.
    grid->addWidget(m_numberError, 1, 2, 1, 5);
    grid->addWidget(m_offer, 2, 0);
    grid->addWidget(m_trafficSource, 2, 1);
    grid->addWidget(m_provider, 2, 2);
    grid->addWidget(m_pool, 2, 3, 1, 2);
    auto *createdLabel = new QLabel(tr("C&reated:"), this);
    createdLabel->setBuddy(m_created);
    auto *lastCallLabel = new QLabel(tr("&Last call:"), this);
    lastCallLabel->setBuddy(m_lastCall);
    auto *dates = new QHBoxLayout;
    dates->addWidget(createdLabel);
    dates->addWidget(m_created);
    dates->addSpacing(12);
    dates->addWidget(lastCallLabel);
    dates->addWidget(m_lastCall);
    dates->addStretch();
    grid->addLayout(dates, 3, 0, 1, 7);
    grid->addWidget(m_rangeError, 4, 0, 1, 7);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::scheduleApply);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    connect(m_number, &QLineEdit::textEdited, this, &FilterBar::scheduleApply);
    connect(m_number, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    // The clear buttons of the line edits change the text without textEdited.
    for (QLineEdit *edit : {m_search, m_number}) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            if (text.isEmpty() && !m_restoring)
                scheduleApply();
        });
        edit->installEventFilter(this);
    }
    for (LookupCombo *combo : {m_offer, m_trafficSource, m_provider, m_pool})
        connect(combo, &LookupCombo::selectionChanged, this, &FilterBar::applyNow);
    // A preset applies at once; a custom range once the user is done typing it.
    for (DateRangeEdit *range : {m_created, m_lastCall}) {
        connect(range, &DateRangeEdit::rangeChanged, this, [this, range] {
            if (range->preset() == DateRangeEdit::Preset::Custom)
                scheduleApply();
            else
                applyNow();
        });
    }
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        const QTimeZone zone = dates::zoneForApiName(timeZoneName());
        m_created->setZone(zone);
        m_lastCall->setZone(zone);
        applyNow();
    });
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    updateIndicator();
}

NumberFilter FilterBar::filter() const
{
    NumberFilter f;
    f.fulltext = m_search->text().trimmed();
    // Only a number; what is no number is not sent at all (applyNow()).
    if (!m_number->text().trimmed().isEmpty())
        f.number = PhoneNumbering::parse(m_number->text(), m_defaultCountry).e164();
    f.offerId = m_offer->selectedId();
    f.trafficSourceId = m_trafficSource->selectedId();
    f.providerConfigurationId = m_provider->selectedId();
    f.ringPoolId = m_pool->selectedId();
    f.createdFrom = m_created->from();
    f.createdTo = m_created->to();
    f.lastCallFrom = m_lastCall->from();
    f.lastCallTo = m_lastCall->to();
    f.timeZone = timeZoneName();
    return f;
}

void FilterBar::setDefaultCountry(const QString &country)
{
    if (country == m_defaultCountry)
        return;
    m_defaultCountry = country;
    // A number typed without a country code now means another number.
    if (!m_number->text().trimmed().isEmpty())
        applyNow();
}

QString FilterBar::numberProblem() const
{
    if (m_number->text().trimmed().isEmpty())
        return {};
    return PhoneNumbering::parse(m_number->text(), m_defaultCountry).reason;
}

bool FilterBar::checkNumber()
{
    const QString problem = numberProblem();
    m_numberError->setText(problem);
    m_numberError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

QString FilterBar::timeZoneName() const
{
    const QString name = m_timeZone->currentData().toString();
    return name.isEmpty() ? kDefaultZone : name;
}

void FilterBar::setTimeZones(const QList<dates::NamedTimeZone> &zones)
{
    const QString current = timeZoneName();
    m_restoring = true;
    m_timeZone->clear();
    // In the order of their offset today (Casablanca is +01:00 whatever its old place), then
    // by name.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<int, dates::NamedTimeZone>> ordered;
    for (const dates::NamedTimeZone &zone : zones) {
        const QTimeZone tz = dates::zoneForApiName(zone.name);
        ordered.append({tz.isValid() ? tz.offsetFromUtc(now) : 0, zone});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return QString::compare(a.second.name, b.second.name, Qt::CaseInsensitive) < 0;
    });
    for (const auto &[offset, zone] : std::as_const(ordered)) {
        const QString utc = QStringLiteral("UTC%1%2:%3")
                                .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
        //: A time zone in the picker: "(UTC-05:00) Eastern Time (US & Canada)"
        m_timeZone->addItem(tr("(%1) %2").arg(utc, zone.name), zone.name);
    }
    if (m_timeZone->findData(current) < 0)
        m_timeZone->addItem(current, current);
    m_timeZone->setCurrentIndex(m_timeZone->findData(current));
    m_restoring = false;
}

void FilterBar::clear()
{
    m_restoring = true;
    m_search->clear();
    m_number->clear();
    for (LookupCombo *combo : {m_offer, m_trafficSource, m_provider, m_pool})
        combo->setSelectedId(std::nullopt);
    m_created->setPreset(DateRangeEdit::Preset::Any);
    m_lastCall->setPreset(DateRangeEdit::Preset::Any);
    m_restoring = false;
    applyNow();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (watched == m_search || watched == m_number)) {
        auto *edit = static_cast<QLineEdit *>(watched);
        if (!edit->text().isEmpty()) {
            edit->clear();
            applyNow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::scheduleApply()
{
    if (!m_restoring)
        m_debounce.start();
}

void FilterBar::applyNow()
{
    if (m_restoring)
        return;
    m_debounce.stop();
    if (!checkNumber()) {
        // Not sent: the table stays on the last query that was one.
        updateIndicator();
        return;
    }
    const NumberFilter current = filter();
    updateIndicator();
    // A range that ends before it starts is marked in its field, said under it, and not sent.
    if (!checkRanges())
        return;
    if (current == m_applied)
        return;
    m_applied = current;
    emit filterChanged(current);
}

bool FilterBar::checkRanges()
{
    QStringList problems;
    if (!m_created->isRangeValid())
        problems << tr("The Created range ends before it starts; it is not applied.");
    if (!m_lastCall->isRangeValid())
        problems << tr("The Last call range ends before it starts; it is not applied.");
    m_rangeError->setText(problems.join(QLatin1Char(' ')));
    m_rangeError->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

void FilterBar::updateIndicator()
{
    const bool active = isActive();
    m_indicator->setVisible(active);
    m_clear->setEnabled(active);
}

QVariantMap FilterBar::saveState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("fulltext"), m_search->text());
    state.insert(QStringLiteral("number"), m_number->text());
    state.insert(QStringLiteral("offer"), idOrNull(m_offer->selectedId()));
    state.insert(QStringLiteral("trafficSource"), idOrNull(m_trafficSource->selectedId()));
    state.insert(QStringLiteral("provider"), idOrNull(m_provider->selectedId()));
    state.insert(QStringLiteral("pool"), idOrNull(m_pool->selectedId()));
    state.insert(QStringLiteral("timeZone"), timeZoneName());
    for (const auto &[key, range] : {std::pair{QStringLiteral("created"), m_created},
                                     std::pair{QStringLiteral("lastCall"), m_lastCall}}) {
        state.insert(key + QStringLiteral("Preset"), int(range->preset()));
        if (range->preset() == DateRangeEdit::Preset::Custom) {
            state.insert(key + QStringLiteral("From"), range->from().toString(Qt::ISODate));
            state.insert(key + QStringLiteral("To"), range->to().toString(Qt::ISODate));
        }
    }
    return state;
}

void FilterBar::restoreState(const QVariantMap &state)
{
    m_restoring = true;
    const QString zone = state.value(QStringLiteral("timeZone"), kDefaultZone).toString();
    if (m_timeZone->findData(zone) < 0)
        m_timeZone->addItem(zone, zone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(zone));
    const QTimeZone tz = dates::zoneForApiName(zone);
    m_created->setZone(tz);
    m_lastCall->setZone(tz);
    m_search->setText(state.value(QStringLiteral("fulltext")).toString());
    m_number->setText(state.value(QStringLiteral("number")).toString());
    // A text that was never sent (no number) must not keep the first query from running.
    if (!numberProblem().isEmpty())
        m_number->clear();
    m_offer->setSelectedId(idFrom(state.value(QStringLiteral("offer"))));
    m_trafficSource->setSelectedId(idFrom(state.value(QStringLiteral("trafficSource"))));
    m_provider->setSelectedId(idFrom(state.value(QStringLiteral("provider"))));
    m_pool->setSelectedId(idFrom(state.value(QStringLiteral("pool"))));
    for (const auto &[key, range] : {std::pair{QStringLiteral("created"), m_created},
                                     std::pair{QStringLiteral("lastCall"), m_lastCall}}) {
        const auto preset = DateRangeEdit::Preset(
            state.value(key + QStringLiteral("Preset"), int(DateRangeEdit::Preset::Any)).toInt());
        if (preset == DateRangeEdit::Preset::Custom) {
            range->setCustomRange(
                QDateTime::fromString(state.value(key + QStringLiteral("From")).toString(),
                                      Qt::ISODate),
                QDateTime::fromString(state.value(key + QStringLiteral("To")).toString(),
                                      Qt::ISODate));
        } else {
            range->setPreset(preset);
        }
    }
    m_restoring = false;
    applyNow();
}

} // namespace numdesk
