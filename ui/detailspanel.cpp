#include "detailspanel.h"

#include "apiclient.h"
#include "cellformatter.h"
#include "columncatalog.h"
#include "lookupcache.h"
#include "phonenumbering.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace numdesk {

namespace {

std::optional<schema::LookupKind> lookupKindOf(const QString &key)
{
    for (schema::LookupKind kind : schema::allLookupKinds()) {
        if (schema::numberForeignKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// "delete_prevention" -> "Delete Prevention:" for keys the column catalog does not know.
QString fieldLabel(const QString &key)
{
    if (columns::isKnown(key))
        return columns::label(key) + QLatin1Char(':');
    QStringList words = key.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' ')) + QLatin1Char(':');
}

} // namespace

DetailsPanel::DetailsPanel(ApiClient *client, LookupCache *lookups, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_lookups(lookups)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
    , m_tokens(new QListWidget(this))
    , m_copyNumber(new QPushButton(tr("Copy Number"), this))
    , m_copyHuman(new QPushButton(tr("Copy as Shown"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_message->setWordWrap(true);
    m_fields->setLabelAlignment(Qt::AlignRight);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The rows' height is the box's minimum: without it the scroll area squeezes the rows on top
    // of each other when the dock is short, instead of scrolling.
    m_fields->setSizeConstraint(QLayout::SetMinimumSize);
    m_tokens->setAccessibleName(tr("Token values"));
    m_tokens->setMaximumHeight(110);
    m_copyNumber->setToolTip(tr("Copy the number in E.164 form (+18005002562)"));
    m_copyHuman->setToolTip(tr("Copy the number as people write it"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Values with spaces wrap; one that cannot (a timestamp, a key) scrolls rather than be cut.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fieldsBox);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyNumber);
    buttons->addWidget(m_copyHuman);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("Token values:"), this));
    layout->addWidget(m_tokens);

    connect(m_copyNumber, &QPushButton::clicked, this, [this] {
        if (m_number)
            QApplication::clipboard()->setText(m_number->number);
    });
    connect(m_copyHuman, &QPushButton::clicked, this, [this] {
        if (m_number)
            QApplication::clipboard()->setText(shownNumber());
    });
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &DetailsPanel::fetch);
    showNumber(std::nullopt);
}

void DetailsPanel::showNumber(std::optional<qint64> id)
{
    if (id == m_wanted && (m_number || m_call))
        return;
    m_wanted = id;
    if (m_call)
        m_call->cancel();
    if (!id) {
        m_delay.stop();
        m_number.reset();
        m_title->setText(tr("No number selected"));
        showMessage(tr("Select a number in the table to see all of its fields."));
        return;
    }
    m_title->setText(tr("Number #%1").arg(*id));
    showMessage(tr("Loading…"));
    m_delay.start();
}

void DetailsPanel::reload()
{
    if (!m_wanted)
        return;
    if (m_call)
        m_call->cancel();
    // The old values stay on show until the new ones are in: no flicker for a refresh.
    fetch();
}

bool DetailsPanel::differsFrom(const PhoneNumber &fresh) const
{
    if (!m_number || fresh.id != m_number->id)
        return false;
    const QStringList keys = columns::all();
    for (const QString &key : keys) {
        if (fresh.has(key) && fresh.value(key) != m_number->value(key))
            return true;
    }
    return false;
}

void DetailsPanel::setTimeZone(const QTimeZone &zone)
{
    const QTimeZone chosen = zone.isValid() ? zone : QTimeZone::utc();
    if (chosen == m_zone)
        return;
    m_zone = chosen;
    if (m_number && m_message->text().isEmpty())
        display(*m_number);
}

void DetailsPanel::setHomeRegion(const QString &region)
{
    if (region == m_homeRegion)
        return;
    m_homeRegion = region;
    if (m_number && m_fieldsBox->isVisible())
        display(*m_number);
}

QString DetailsPanel::shownNumber() const
{
    if (!m_number)
        return {};
    return PhoneNumbering::readable(m_number->number, m_number->humanNumber, m_homeRegion);
}

void DetailsPanel::fetch()
{
    if (!m_wanted)
        return;
    const qint64 id = *m_wanted;
    m_call = m_client->showNumber(ShowNumber{QString::number(id)}, this,
                                  [this, id](const Result<PhoneNumber> &result) {
                                      if (m_wanted != id)
                                          return;
                                      if (!result) {
                                          if (result.error().kind != ApiError::Kind::Cancelled)
                                              showMessage(result.error().fullText());
                                          return;
                                      }
                                      display(result.value());
                                      emit loaded(result.value());
                                  });
}

void DetailsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const bool hasNumber = m_number.has_value() && text.isEmpty();
    m_fieldsBox->setVisible(hasNumber);
    m_copyNumber->setEnabled(hasNumber);
    m_copyHuman->setEnabled(hasNumber);
    m_tokens->setEnabled(hasNumber);
    if (!hasNumber)
        m_tokens->clear();
}

QString DetailsPanel::displayValue(const PhoneNumber &number, const QString &key) const
{
    const QString raw = number.text(key);
    if (raw.isEmpty())
        return tr("—");
    if (const auto kind = lookupKindOf(key)) {
        const QString name = m_lookups->label(*kind, number.value(key).toVariant().toLongLong());
        return name.isEmpty() ? tr("#%1").arg(raw) : tr("%1 (#%2)").arg(name, raw);
    }
    if (key == QLatin1String("country"))
        return tr("%1 (%2)").arg(schema::countryName(raw), raw);
    if (columns::isKnown(key) && columns::kind(key) == columns::Kind::Timestamp) {
        // In the zone the table uses, to the second, with the zone's abbreviation.
        if (const auto ms = CellFormatter::parseTimestampMs(raw)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(*ms, m_zone);
            //: A time in Details: "2024-03-05 14:02:11 JST"
            return tr("%1 %2").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   m_zone.abbreviation(time));
        }
    }
    return raw;
}

void DetailsPanel::display(const PhoneNumber &number)
{
    m_number = number;
    m_title->setText(shownNumber());
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    // Where it is and what kind it is, from the number itself (libphonenumber).
    if (const auto parts = PhoneNumbering::fromE164(number.number); parts && parts->valid) {
        const QString place = PhoneNumbering::location(number.number, QLocale(), m_homeRegion);
        const QString kind = parts->isTollFree() ? tr("toll-free") : tr("local");
        //: Details: "New York, NY (local)", "United States (toll-free)"
        auto *location =
            new QLabel(place.isEmpty() ? kind : tr("%1 (%2)").arg(place, kind), m_fieldsBox);
        location->setTextInteractionFlags(Qt::TextSelectableByMouse);
        location->setWordWrap(true);
        location->setAccessibleName(tr("Location"));
        m_fields->addRow(tr("Location:"), location);
    }
    QStringList keys = columns::all();
    for (auto it = number.extra.begin(); it != number.extra.end(); ++it)
        keys << it.key();
    for (const QString &key : keys) {
        // Token values have their own list; a key the server did not send (no rights, or
        // limited columns) has no row.
        if (key == QLatin1String("token_values") || !number.has(key))
            continue;
        auto *value = new QLabel(displayValue(number, key), m_fieldsBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (value->text() != number.text(key))
            value->setToolTip(number.text(key)); // as the server sent it
        value->setWordWrap(true);
        m_fields->addRow(fieldLabel(key), value);
    }
    showMessage(QString());
    m_tokens->clear();
    if (number.tokenValues.isEmpty())
        m_tokens->addItem(tr("(none)"));
    else
        m_tokens->addItems(number.tokenValues);
}

} // namespace numdesk
