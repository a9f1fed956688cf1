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
    // Error texts hold the server's words: their control characters are written as visible
    // escapes (see visible()), lines and tabs kept.
    void err(const QString &text) const;
    // `text` with every control character (C0 but line feed and tab, DEL, C1) written as a
    // visible escape, "\x1B" or "\u009B": a server's string never moves the cursor, rings the
    // bell or retitles the terminal.
    static QString visible(const QString &text);
    // Asks on stderr and reads one line of stdin; true only when the answer is `word`.
    bool confirm(const QString &question, const QString &word) const;
    // Rewrites the progress line on stderr; nothing when stderr is not a terminal.
    void progress(const QString &line);
    void endProgress();

private:
    std::optional<QString> readLine() const;
    void rawErr(const QString &text) const; // the progress line's own control sequences

    bool m_progressShown = false;
};

} // namespace numdesk::cli
