#include "terminal.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace numdesk::cli {

bool Terminal::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::stderrIsTerminal() const
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Terminal::outBytes(const QByteArray &bytes) const
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Terminal::out(const QString &text) const
{
    outBytes(text.toUtf8());
}

QString Terminal::visible(const QString &text)
{
    const auto isControl = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u))
            out += c;
        else
            out += (u < 0x80 ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                   QString::number(u, 16).toUpper().rightJustified(u < 0x80 ? 2 : 4, u'0');
    }
    return out;
}

void Terminal::err(const QString &text) const
{
    rawErr(visible(text));
}

void Terminal::rawErr(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

std::optional<QString> Terminal::readLine() const
{
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return std::nullopt;
    return QString::fromUtf8(buffer).trimmed();
}

bool Terminal::confirm(const QString &question, const QString &word) const
{
    err(question + QLatin1Char(' '));
    const std::optional<QString> answer = readLine();
    return answer && answer->compare(word, Qt::CaseInsensitive) == 0;
}

void Terminal::progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    // \x1b[K clears what a longer earlier line left behind.
    rawErr(QStringLiteral("\r") + visible(line) + QStringLiteral("\x1b[K"));
    m_progressShown = true;
}

void Terminal::endProgress()
{
    if (!m_progressShown)
        return;
    rawErr(QStringLiteral("\r\x1b[K"));
    m_progressShown = false;
}

} // namespace numdesk::cli
