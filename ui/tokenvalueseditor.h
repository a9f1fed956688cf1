#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace numdesk {

// Token values, one "key:value" entry per line (the value may start with !=, >=, <=, > or <),
// checked as they are typed: the first bad entry is named with the reason and its line marked.
// "Clear All" empties the list; an edit that ends empty means "no token values" (sent as null).
class TokenValuesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TokenValuesEditor(QWidget *parent = nullptr);

    QStringList entries() const; // the non-empty lines, trimmed
    void setEntries(const QStringList &entries);
    bool isValid() const { return m_valid; }
    QString errorText() const;                // empty when valid
    void setServerError(const QString &text); // shown until the next edit
    QPlainTextEdit *textEdit() const { return m_edit; }

signals:
    void changed();

private:
    void validate();

    QPlainTextEdit *m_edit;
    QLabel *m_error;
    QPushButton *m_clear;
    bool m_valid = true;
};

} // namespace numdesk
