#pragma once

#include "requests.h" // NumberFilter (sandbox has a numberfilter.h of its own)

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

namespace numdesk::cli {

// The filter options shared by list and export, read into a NumberFilter. Dates take
// "YYYY-MM-DD HH:MM:SS ±HHMM", ISO 8601 or a plain date, read in --time-zone when given.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::FilterOptions)

public:
    static void add(QCommandLineParser &parser);
    // --number takes any written form, read in `defaultCountry()` when it has no country code
    // (asked for only then), and is sent in E.164.
    static bool read(const QCommandLineParser &parser,
                     const std::function<QString()> &defaultCountry, NumberFilter *filter,
                     QString *error);
    // A comma-separated --columns value, checked against the known column keys.
    static bool readColumns(const QString &text, QStringList *columns, QString *error);
};

} // namespace numdesk::cli
