#pragma once

#include "apiresponse.h"
#include "numberfilter.h"
#include "rawqueryparser.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace numdesk::sandbox {

// Reads and validates the filters of GET phone_numbers: created_at_from/to, last_call_at_from/to
// (read in time_zone when they carry no offset), fulltext, number and the four ids.
class NumberFilterParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberFilterParser)

public:
    // `accountZone` reads dates without offset when no time_zone is given.
    static NumberFilter parse(const QueryItems &query, const QTimeZone &accountZone,
                              FieldErrors &errors);

    // True for text made of digits and phone punctuation only ("(800) 123-45", "+44 1224").
    static bool looksLikePhoneNumber(const QString &text);
};

} // namespace numdesk::sandbox
