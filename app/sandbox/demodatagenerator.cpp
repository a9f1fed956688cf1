#include "demodatagenerator.h"

#include "bulknumberwriter.h"
#include "numberplan.h"
#include "sandboxstore.h"

namespace numdesk::sandbox {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kSpanMs = 730 * kDayMs; // two years

struct Weighted
{
    const char *code;
    int weight;
};

// Country mix of the demo account (weights in percent).
constexpr Weighted kCountries[] = {{"US", 45}, {"CA", 10}, {"GB", 12}, {"DE", 8}, {"AU", 7},
                                   {"MX", 6},  {"FR", 4},  {"ES", 3},  {"IE", 3}, {"NL", 2}};

const char *const kOffers[] = {"Auto Insurance",  "Medicare Advantage", "Debt Relief",
                               "Home Solar",      "Final Expense",      "Home Warranty",
                               "Personal Injury", "Pest Control"};
const char *const kTrafficSources[] = {
    "Google Ads",          "Facebook Leads", "TV Spot – Midwest", "Radio, FM 98", "Bing Ads",
    "Affiliate \"North\"", "Direct Mail",    "YouTube Pre-roll",  "Seminar Desk", "Outbrain"};
const char *const kPools[] = {"Main Pool",   "Spanish Línea", "Overflow, East",
                              "Night Shift", "Weekend",       "Retargeting"};
const char *const kProviders[][2] = {{"Twilio Primary", "twilio"},
                                     {"Telnyx Backup", "telnyx"},
                                     {"Plivo EU", "plivo"},
                                     {"Bandwidth \"Direct\"", "bandwidth"}};
const char *const kTokens[] = {
    "interest:auto",         "geo:!=800", "loan_amount:>=10000",  "loan_amount:<=50000",
    "caller_id:!=anonymous", "state:tx",  "campaign:spring_2024", "age:>21"};
// Names: plain ones and the awkward ones CSV and JSON must carry intact.
const char *const kNames[] = {"Main Line",
                              "Müller & Söhne, \"VIP\" línea",
                              "Sales, East Coast",
                              "Support \"Priority\"",
                              "Café Ñandú – Soporte",
                              "After hours\nOverflow",
                              "Zürich Büro",
                              "Billing"};

constexpr qint64 kOfferIds[] = {100, 101, 102, 103, 104, 105, 106, 107};
constexpr qint64 kFirstTrafficSourceId = 1002590; // 1002592 is the seed's example
constexpr qint64 kFirstPoolId = 40;
constexpr qint64 kFirstProviderId = 150;

template<typename T, std::size_t N> const T &pick(const T (&array)[N], RandomGenerator &random)
{
    return array[random.bounded(N)];
}

QString pickCountry(RandomGenerator &random)
{
    int roll = int(random.bounded(100));
    for (const Weighted &w : kCountries) {
        if (roll < w.weight)
            return QString::fromLatin1(w.code);
        roll -= w.weight;
    }
    return QStringLiteral("US");
}

QString hex(RandomGenerator &random, int digits)
{
    QString text;
    while (text.size() < digits)
        text += QStringLiteral("%1").arg(random.next(), 16, 16, QLatin1Char('0'));
    return text.left(digits);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, qint64 nowMs)
    : m_nowMs(nowMs)
    , m_random(quint64(seed) * 0x2545F4914F6CDD1DULL + 0x5eed)
{}

QString DemoDataGenerator::providerAuthKey(RandomGenerator &random)
{
    return QStringLiteral("PN") + hex(random, 32);
}

QString DemoDataGenerator::uuid(RandomGenerator &random)
{
    QString h = hex(random, 32);
    h[12] = QLatin1Char('4');
    h[16] = QLatin1Char("89ab"[random.bounded(4)]);
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(h.left(8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20));
}

QList<LookupRecord> DemoDataGenerator::lookups(schema::LookupKind kind) const
{
    QList<LookupRecord> list;
    const qint64 created = m_nowMs - kSpanMs - 30 * kDayMs;
    switch (kind) {
    case schema::LookupKind::Offers:
        for (std::size_t i = 0; i < std::size(kOffers); ++i)
            list.append({kOfferIds[i],
                         QString::fromUtf8(kOffers[i]),
                         created + qint64(i) * kDayMs,
                         std::nullopt,
                         {}});
        break;
    case schema::LookupKind::TrafficSources:
        for (std::size_t i = 0; i < std::size(kTrafficSources); ++i)
            list.append({kFirstTrafficSourceId + qint64(i),
                         QString::fromUtf8(kTrafficSources[i]),
                         created + qint64(i) * kDayMs,
                         qint64(i + 1),
                         {}});
        break;
    case schema::LookupKind::RingPools:
        for (std::size_t i = 0; i < std::size(kPools); ++i)
            list.append({kFirstPoolId + qint64(i),
                         QString::fromUtf8(kPools[i]),
                         created + qint64(i) * kDayMs,
                         std::nullopt,
                         {}});
        break;
    case schema::LookupKind::ProviderConfigurations:
        for (std::size_t i = 0; i < std::size(kProviders); ++i)
            list.append({kFirstProviderId + qint64(i), QString::fromUtf8(kProviders[i][0]),
                         created + qint64(i) * kDayMs, std::nullopt,
                         QString::fromLatin1(kProviders[i][1])});
        break;
    }
    return list;
}

QString DemoDataGenerator::uniqueNumber(const QString &country, bool tollFree)
{
    for (;;) {
        const QString number = NumberPlan::generate(country, tollFree, m_random);
        const quint64 key = NumberPlan::digitsOf(number).toULongLong();
        if (!m_usedDigits.contains(key)) {
            m_usedDigits.insert(key);
            return number;
        }
    }
}

qint64 DemoDataGenerator::lastCallAt(qint64 createdAt)
{
    // One draw, as the uniform draw it replaced, so that every other value stays as it was.
    // Most numbers were called in the last three weeks, some months ago, some a year ago; a
    // number never takes a call before it was bought.
    const double u = m_random.real();
    double daysAgo = 0;
    if (u < 0.70)
        daysAgo = u / 0.70 * 21;
    else if (u < 0.85)
        daysAgo = 21 + (u - 0.70) / 0.15 * (180 - 21);
    else
        daysAgo = 180 + (u - 0.85) / 0.15 * (400 - 180);
    return qMax(createdAt, m_nowMs - qint64(daysAgo * double(kDayMs)));
}

QString DemoDataGenerator::nameFor(const NumberRecord &record)
{
    if (m_random.chance(0.7))
        return record.humanNumber;
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(kNames, m_random)),
                                       QString::number(record.id % 1000));
}

NumberRecord DemoDataGenerator::nextNumber(int index, int total)
{
    NumberRecord r;
    r.id = kFirstNumberId + index;
    r.type = QStringLiteral("PhoneNumber");
    // The seed's examples: GET phone_numbers/20590, id=+18005002562, number=+441224980000.
    if (index == 0) {
        r.country = QStringLiteral("US");
        r.tollFree = true;
        r.number = QStringLiteral("+18005002562");
        m_usedDigits.insert(18005002562ULL);
    } else if (index == 1) {
        r.country = QStringLiteral("GB");
        r.number = QStringLiteral("+441224980000");
        m_usedDigits.insert(441224980000ULL);
    } else {
        r.country = pickCountry(m_random);
        r.tollFree = m_random.chance(0.3);
        r.number = uniqueNumber(r.country, r.tollFree);
    }
    r.humanNumber = NumberPlan::humanNumber(r.country, r.number);

    const qint64 start = m_nowMs - kSpanMs;
    const qint64 step = kSpanMs / qMax(total, 1);
    r.createdAt = start + step * index + qint64(m_random.bounded(quint64(qMax<qint64>(step, 1))));
    r.updatedAt = m_random.between(r.createdAt, m_nowMs);
    if (m_random.chance(0.2))
        r.userUpdatedAt = r.updatedAt;
    if (!m_random.chance(0.15))
        r.lastCallAt = lastCallAt(r.createdAt);

    r.offerId = index == 0 ? 100 : pick(kOfferIds, m_random);
    r.providerConfigurationId =
        index == 0 ? kFirstProviderId
                   : kFirstProviderId + qint64(m_random.bounded(std::size(kProviders)));
    if (index == 0 || !m_random.chance(0.2))
        r.trafficSourceId = index == 0 ? kFirstTrafficSourceId + 2
                                       : kFirstTrafficSourceId +
                                             qint64(m_random.bounded(std::size(kTrafficSources)));
    if (!m_random.chance(0.35))
        r.ringPoolId = kFirstPoolId + qint64(m_random.bounded(std::size(kPools)));

    if (m_random.chance(0.4)) {
        const int count = 1 + int(m_random.bounded(2));
        for (int i = 0; i < count; ++i) {
            const QString token = QString::fromLatin1(pick(kTokens, m_random));
            if (!r.tokenValues.contains(token))
                r.tokenValues.append(token);
        }
        if (m_random.chance(0.5))
            r.optimizerTokensChangedAt = m_random.between(r.createdAt, m_nowMs);
    }
    if (m_random.chance(0.1))
        r.optimizerDisplayedAt = m_random.between(r.createdAt, m_nowMs);
    r.areaCodeId = NumberPlan::areaCodeId(r.country, r.number);
    if (m_random.chance(0.02))
        r.extension = QString::number(100 + m_random.bounded(900));
    if (m_random.chance(0.1))
        r.legacyId = 500000 + index;
    if (m_random.chance(0.05))
        r.externalRecordId = QStringLiteral("ext-") + hex(m_random, 8);
    if (m_random.chance(0.1))
        r.description =
            QStringLiteral("Bought for %1")
                .arg(QString::fromUtf8(
                    kOffers[std::size_t(r.offerId - kOfferIds[0]) % std::size(kOffers)]));
    r.deletePrevention = index > 1 && m_random.chance(0.03);
    r.providerAuthKey = providerAuthKey(m_random);
    r.uuid = uuid(m_random);
    r.name = index == 0 ? QStringLiteral("Seed Example Toll-Free")
                        : (index == 1 ? QStringLiteral("Aberdeen, \"Granite\" Line") : nameFor(r));
    return r;
}

bool DemoDataGenerator::populate(SandboxStore &store, int count, QString *error)
{
    if (!store.resetSchema(error) || !store.beginBulkLoad(error))
        return false;
    if (!load(store, count, error)) {
        store.abortBulkLoad();
        return false;
    }
    return store.finishBulkLoad(error);
}

bool DemoDataGenerator::load(SandboxStore &store, int count, QString *error)
{
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        for (const LookupRecord &record : lookups(kind)) {
            if (!store.insertLookup(kind, record, error))
                return false;
        }
    }
    {
        BulkNumberWriter writer(store);
        for (int i = 0; i < count; ++i) {
            if (!writer.add(nextNumber(i, count), error))
                return false;
        }
        return writer.flush(error);
    }
}

} // namespace numdesk::sandbox
