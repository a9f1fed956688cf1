#pragma once

#include "apiresponse.h"
#include "numberplan.h"
#include "randomgenerator.h"
#include "rawqueryparser.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace numdesk::sandbox {

class SandboxStore;

// GET phone_numbers/search?country=US&toll_free=false&prefix=415&query=3569377[&limit=N]: the
// numbers of the country's number plan that can be bought, local or toll-free, starting with
// `prefix` (national leading digits) and containing the digits of `query` anywhere in the
// national number. Never a number the account has (or had), nor one another customer took;
// every one valid for the country (libphonenumber). The same seed and question give the same
// offer (less what was rented since).
//
// It also plays the other customers: with a race rate R (--search-race-rate), a number this
// search offered is, with probability R, taken by someone else just before it is bought
// (takenAtPurchase); a number taken is never offered or sold again.
class NumberSearchHandler
{
    Q_DECLARE_TR_FUNCTIONS(NumberSearchHandler)

public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    NumberSearchHandler(const SandboxStore &store, quint64 seed);

    ApiResponse search(const QueryItems &query);

    // The E.164 numbers on offer, sorted; empty for a country without a plan.
    QStringList offers(const QString &country, bool tollFree, const QString &prefix,
                       const QString &contains, int limit);

    void setRaceRate(double rate) { m_raceRate = rate; }
    double raceRate() const { return m_raceRate; }
    // Whether another customer has the number (its digits, "14155550123").
    bool isTakenElsewhere(const QString &digits) const { return m_takenElsewhere.contains(digits); }
    // Called when the number is about to be bought: true (and from then on taken) when
    // another customer was quicker. Only numbers a search offered can be lost this way.
    bool takenAtPurchase(const QString &digits);
    // Another customer takes the number now (tests and demos).
    void takeElsewhere(const QString &digits) { m_takenElsewhere.insert(digits); }

private:
    // A number of the plan with the leading and contained digits asked for (not yet checked
    // against libphonenumber or the store); empty when the contained digits cannot fit.
    QString candidate(const NumberPlan::Country &plan, const QList<NumberPlan::Prefix> &choices,
                      const QString &prefix, const QString &contains,
                      RandomGenerator &random) const;

    const SandboxStore &m_store;
    quint64 m_seed;
    double m_raceRate = 0;
    RandomGenerator m_race;
    QSet<QString> m_offered;        // digits of every number a search offered
    QSet<QString> m_takenElsewhere; // digits of numbers other customers rented
};

} // namespace numdesk::sandbox
