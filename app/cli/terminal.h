#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace numdesk::cli {

// Standard input, output and error of the command line: UTF-8 text, whether each is a
// terminal, a confirmation prompt and a one-line progress display (terminals only).
class Terminal
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::Terminal)

public:
    bool stdinIsTerminal() const;
    bool stderrIsTerminal() const;

    void out(const QString &text) const;
    void outBytes(const QByteArray &bytes) const;
    void err(const QString &text) const;
    // Asks on stderr and reads one line of stdin; true only when the answer is `word`.
    bool confirm(const QString &question, const QString &word) const;
    // Rewrites the progress line on stderr; nothing when stderr is not a terminal.
    void progress(const QString &line);
    void endProgress();

private:
    std::optional<QString> readLine() const;

    bool m_progressShown = false;
};

} // namespace numdesk::cli
