#pragma once

#include <QtGlobal>

namespace numdesk::sandbox {

// SplitMix64: tiny, fast and the same on every platform and standard library, so a seed always
// yields the same demo data (std:: distributions differ between implementations).
class RandomGenerator
{
public:
    explicit RandomGenerator(quint64 seed = 0)
        : m_state(seed)
    {}

    quint64 next();
    // Uniform in [0, bound); 0 when bound is 0.
    quint64 bounded(quint64 bound);
    // Uniform in [low, high] (inclusive); low when high < low.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double real();
    bool chance(double probability) { return real() < probability; }

private:
    quint64 m_state;
};

} // namespace numdesk::sandbox
