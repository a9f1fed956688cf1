#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace numdesk {

// A non-modal strip above the table that says what went wrong and offers Retry; the table keeps
// what it has meanwhile.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace numdesk
