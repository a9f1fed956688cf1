#include "unrentcommand.h"

#include "apiclient.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "terminal.h"

namespace numdesk::cli {

QString UnrentCommand::synopsis() const
{
    return tr("unrent ID|+NUMBER… [--yes]");
}

QString UnrentCommand::description() const
{
    return tr("Unrents numbers: they leave the account (their call history stays). Asks for "
              "confirmation on a terminal and needs --yes otherwise.");
}

void UnrentCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("yes"), tr("Do not ask; needed when standard input is not a terminal.")});
    parser.addPositionalArgument(QStringLiteral("ids"), tr("Ids or +numbers."), tr("ID|+NUMBER…"));
}

bool UnrentCommand::read(const QCommandLineParser &parser, QString *error)
{
    m_ids.clear();
    for (const QString &text : parser.positionalArguments()) {
        const std::optional<QString> id = readNumberReference(text, error);
        if (!id)
            return false;
        if (!m_ids.contains(*id))
            m_ids.append(*id);
    }
    if (m_ids.isEmpty()) {
        *error = tr("give at least one ID or +NUMBER.");
        return false;
    }
    m_yes = parser.isSet(QStringLiteral("yes"));
    return true;
}

int UnrentCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    if (!m_yes && !terminal.stdinIsTerminal()) {
        terminal.err(tr("unrent: standard input is not a terminal; nothing was unrented. Add "
                        "--yes to unrent without being asked.\n"));
        return UsageError;
    }
    QList<PhoneNumber> numbers;
    for (const QString &id : std::as_const(m_ids)) {
        const Result<PhoneNumber> found =
            BlockingCall::run<PhoneNumber>([&](QObject *receiver, auto done) {
                context.client->showNumber(ShowNumber{id}, receiver, done);
            });
        if (!found) {
            terminal.err(
                tr("unrent: %1: %2 Nothing was unrented.\n").arg(id, found.error().fullText()));
            return ApiFailure;
        }
        numbers.append(found.value());
    }
    if (!m_yes) {
        QString plan = tr("About to unrent %n number(s) of %1:\n", nullptr, int(numbers.size()))
                           .arg(context.accountUrl);
        for (const PhoneNumber &number : std::as_const(numbers)) {
            plan += tr("  %1  (id %2)  %3\n")
                        .arg(number.number, number.id ? QString::number(*number.id) : QString(),
                             number.name);
        }
        plan += tr("They leave the account; buying them back may not be possible.\n");
        terminal.err(plan);
        if (!terminal.confirm(tr("Type 'yes' to unrent:"), QStringLiteral("yes"))) {
            terminal.err(tr("Nothing was unrented.\n"));
            return Incomplete;
        }
    }
    int failures = 0;
    for (const PhoneNumber &number : std::as_const(numbers)) {
        const QString id = number.id ? QString::number(*number.id) : number.number;
        const Result<UnrentOutcome> result =
            BlockingCall::run<UnrentOutcome>([&](QObject *receiver, auto done) {
                context.client->unrentNumber(UnrentNumber{id}, receiver, done);
            });
        if (!result) {
            ++failures;
            terminal.err(
                tr("unrent: %1 (id %2): %3\n").arg(number.number, id, result.error().fullText()));
            continue;
        }
        terminal.out(tr("Unrented %1 (id %2).\n").arg(number.number, id));
    }
    return failures == 0 ? Success : ApiFailure;
}

} // namespace numdesk::cli
