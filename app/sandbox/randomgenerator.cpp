#include "randomgenerator.h"

namespace numdesk::sandbox {

quint64 RandomGenerator::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 RandomGenerator::bounded(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Rejection sampling keeps the result free of modulo bias.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

qint64 RandomGenerator::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high) - quint64(low) + 1;
    return qint64(quint64(low) + bounded(span));
}

double RandomGenerator::real()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 53 bits / 2^53
}

} // namespace numdesk::sandbox
