#pragma once

#include "lookuprecord.h"
#include "numberrecord.h"
#include "randomgenerator.h"

#include <apischema.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace numdesk::sandbox {

class SandboxStore;

// Builds the demo account from a seed: the same seed and `now` give the same data, byte for
// byte. Dates spread over the two years before `now`; last calls mostly in the last three weeks,
// some months or a year ago, 15 % never. The seed's own example values exist:
// offer 100, provider configuration 150, traffic source 1002592, number 20590 =
// +18005002562 and +441224980000.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static constexpr qint64 kFirstNumberId = 20590;

    DemoDataGenerator(quint32 seed, qint64 nowMs);

    QList<LookupRecord> lookups(schema::LookupKind kind) const;
    // The next demo number (ids from kFirstNumberId, created_at increasing with the id).
    NumberRecord nextNumber(int index, int total);

    // Fills an open store from scratch with `count` numbers.
    bool populate(SandboxStore &store, int count, QString *error = nullptr);

    // Values also used for purchases: a provider key ("PN" + 32 hex) and a UUID v4.
    static QString providerAuthKey(RandomGenerator &random);
    static QString uuid(RandomGenerator &random);

private:
    bool load(SandboxStore &store, int count, QString *error);
    QString uniqueNumber(const QString &country, bool tollFree);
    QString nameFor(const NumberRecord &record);
    // A last call spread as a real account's: mostly recent, some idle for months or a year.
    qint64 lastCallAt(qint64 createdAt);

    qint64 m_nowMs;
    RandomGenerator m_random;
    QSet<quint64> m_usedDigits;
};

} // namespace numdesk::sandbox
