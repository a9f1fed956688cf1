#pragma once

#include "apicall.h"
#include "availablenumber.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace numdesk {

class ApiClient;

// The "Choose numbers" part of Buy Numbers: an area code or prefix, digits (or letters, read on
// the phone keypad) the number contains, Search, and the numbers the account could buy, each
// with where it is and the asked-for digits highlighted, to tick. Enter in a field searches
// (it never presses the dialog's Buy). The country and local/toll-free come from the dialog.
class NumberChooser : public QWidget
{
    Q_OBJECT

public:
    explicit NumberChooser(ApiClient *client, QWidget *parent = nullptr);

    // The dialog's country and kind; results of another country or kind are cleared.
    void setCountry(const QString &country, bool tollFree);
    // Numbers of this country are shown in their national form.
    void setHomeRegion(const QString &region);

    QList<AvailableNumber> chosenNumbers() const;
    QList<AvailableNumber> results() const { return m_results; }
    bool isSearching() const { return m_searching; }
    // Why the fields cannot be searched with; empty when they can.
    QString inputProblem() const;
    QTreeWidget *resultsView() const { return m_view; }

    // `display` with the digits `digits` marked, as rich text: ("(415) 356-9377", "3569377")
    // -> "(415) <b …>356-9377</b>". The text escaped and unmarked when they are not in it.
    static QString markDigits(const QString &display, const QString &digits);

public slots:
    // Sends the search the fields describe (the last one is cancelled).
    void search();

signals:
    void chosenChanged();
    void searchFinished();

private:
    void updateHints();
    void showResults(const QList<AvailableNumber> &numbers);
    void showStatus(const QString &text, bool error);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ApiClient *m_client;
    QLineEdit *m_prefix;
    QLabel *m_prefixError;
    QLineEdit *m_contains;
    QLabel *m_containsHint;
    QPushButton *m_search;
    QTreeWidget *m_view;
    QLabel *m_status;
    QString m_country;
    bool m_tollFree = false;
    QString m_homeRegion = QStringLiteral("US");
    QString m_searchedDigits; // the contained digits of the search on show
    QList<AvailableNumber> m_results;
    QPointer<ApiCall> m_call;
    int m_generation = 0; // of the search whose answer is awaited
    bool m_searching = false;
};

} // namespace numdesk
