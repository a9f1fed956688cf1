#include "listcommand.h"

#include "apiclient.h"
#include "exitcode.h"
#include "filteroptions.h"
#include "lookupcache.h"
#include "lookupnames.h"
#include "pagedqueryreader.h"
#include "terminal.h"

#include <QEventLoop>

namespace numdesk::cli {

QString ListCommand::synopsis() const
{
    return tr("list [filters] [--columns a,b,…] [--format table|csv|json] [--limit N]");
}

QString ListCommand::description() const
{
    return tr("Lists the numbers of the account that match the filters, %n at most unless "
              "--limit says otherwise.",
              nullptr, int(kDefaultLimit));
}

void ListCommand::addOptions(QCommandLineParser &parser)
{
    FilterOptions::add(parser);
    parser.addOptions({
        {QStringLiteral("columns"),
         tr("Column keys to show, in order (default: %1).")
             .arg(OutputFormatter::defaultColumns().join(QLatin1Char(','))),
         tr("KEYS")},
        {QStringLiteral("format"), tr("table (default), csv or json."), tr("FORMAT")},
        {QStringLiteral("ids"),
         tr("The table prints offer, traffic source, pool and provider ids instead of their "
            "names (CSV and JSON always hold ids).")},
        {QStringLiteral("limit"),
         tr("At most N numbers; 0 lists all of them (default %1).").arg(kDefaultLimit), tr("N")},
    });
}

bool ListCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    m_ids = parser.isSet(QStringLiteral("ids"));
    if (!FilterOptions::read(
            parser, [this] { return defaultCountry(); }, &m_filter, error))
        return false;
    if (parser.isSet(QStringLiteral("columns")) &&
        !FilterOptions::readColumns(parser.value(QStringLiteral("columns")), &m_columns, error))
        return false;
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = OutputFormatter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format) {
            *error = tr("--format must be table, csv or json (found '%1').")
                         .arg(parser.value(QStringLiteral("format")));
            return false;
        }
        m_format = *format;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || m_limit < 0) {
            *error = tr("--limit needs a whole number, 0 or more (found '%1').")
                         .arg(parser.value(QStringLiteral("limit")));
            return false;
        }
    }
    return true;
}

int ListCommand::run(const CommandContext &context)
{
    PagedQueryReader::Options options;
    options.filter = m_filter;
    options.columns = m_columns.isEmpty() && m_format != OutputFormatter::Format::Json
                          ? OutputFormatter::defaultColumns()
                          : m_columns;
    options.maxRows = m_limit == 0 ? -1 : m_limit;
    // Small lists need no more than the rows asked for.
    if (m_limit > 0 && m_limit < options.perPage)
        options.perPage = int(m_limit);
    PagedQueryReader reader(context.client, options);
    QList<PhoneNumber> rows;
    QEventLoop loop;
    const bool showProgress = m_limit == 0 || m_limit > 1000;
    QObject::connect(&reader, &PagedQueryReader::rowsReady, &loop,
                     [&rows](const QList<PhoneNumber> &page) { rows += page; });
    QObject::connect(&reader, &PagedQueryReader::progressChanged, &loop,
                     [&context, showProgress](qint64 done, qint64 total) {
                         if (!showProgress)
                             return;
                         context.terminal->progress(
                             total >= 0
                                 ? tr("%1 of %n number(s) read", nullptr, int(total)).arg(done)
                                 : tr("%n number(s) read", nullptr, int(done)));
                     });
    QObject::connect(&reader, &PagedQueryReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    if (reader.isRunning())
        loop.exec();
    context.terminal->endProgress();

    const PagedQueryReader::Outcome &outcome = reader.outcome();
    if (outcome.state == PagedQueryReader::Outcome::State::Failed) {
        context.terminal->err(
            tr("list: %1\n").arg(outcome.error ? outcome.error->fullText() : QString()));
        return ApiFailure;
    }
    if (outcome.state == PagedQueryReader::Outcome::State::Cancelled) {
        context.terminal->err(tr("list: cancelled.\n"));
        return Incomplete;
    }
    // Rows read that the final consistent read no longer holds (unrented meanwhile) go.
    const QSet<qint64> &left = reader.leftKeys();
    if (!left.isEmpty()) {
        rows.removeIf([&left](const PhoneNumber &row) {
            const std::optional<qint64> key = PagedQueryReader::keyOf(row);
            return key && left.contains(*key);
        });
    }
    std::unique_ptr<LookupCache> names;
    if (m_format == OutputFormatter::Format::Table && !m_ids) {
        QStringList failed;
        names = LookupNames::load(context.client, options.columns, &failed);
        for (const QString &list : std::as_const(failed))
            context.terminal->err(tr("Note: %1 could not be read; ids are shown.\n").arg(list));
    }
    context.terminal->outBytes(OutputFormatter::list(rows, m_columns, m_format, names.get()));
    if (outcome.setChanged && !outcome.truncated)
        context.terminal->err(tr("Note: numbers changed while they were listed.\n"));
    return Success;
}

} // namespace numdesk::cli
