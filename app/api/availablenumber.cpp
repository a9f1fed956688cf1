#include "availablenumber.h"

#include "phonenumbering.h"

#include <QStringList>

namespace numdesk {

QString AvailableNumber::readable(const QString &homeRegion) const
{
    return PhoneNumbering::readable(number, humanNumber, homeRegion);
}

QString AvailableNumber::place(const QLocale &locale) const
{
    QStringList parts;
    for (const QString &part : {locality, region}) {
        if (!part.trimmed().isEmpty() && !parts.contains(part.trimmed()))
            parts.append(part.trimmed());
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(", "));
    return PhoneNumbering::location(number, locale);
}

bool AvailableNumber::operator==(const AvailableNumber &o) const
{
    return number == o.number && humanNumber == o.humanNumber && locality == o.locality &&
           region == o.region && rateCenter == o.rateCenter && country == o.country &&
           tollFree == o.tollFree && extra == o.extra;
}

} // namespace numdesk
