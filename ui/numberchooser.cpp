#include "numberchooser.h"

#include "apiclient.h"
#include "apischema.h"
#include "formerrors.h"
#include "markedtextdelegate.h"
#include "phonenumbering.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace numdesk {

namespace {

enum Column
{
    NumberColumn,
    LocationColumn
};

constexpr int kResultIndexRole = Qt::UserRole + 1;

// Letters and digits (and the spaces, dashes and dots people put between them) only.
QString containsProblem(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !c.isSpace() && c != u'-' && c != u'.')
            return NumberChooser::tr("'%1' is neither a digit nor a letter.").arg(c);
    }
    return {};
}

} // namespace

NumberChooser::NumberChooser(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_prefix(new QLineEdit(this))
    , m_prefixError(FormErrors::makeErrorLabel(this))
    , m_contains(new QLineEdit(this))
    , m_containsHint(new QLabel(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_view(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_prefix->setAccessibleName(tr("Area code or prefix"));
    m_prefix->setPlaceholderText(tr("e.g. 415 or 0161"));
    m_prefix->setToolTip(tr("The area code, or the first digits of the number after the "
                            "country code"));
    m_prefix->setClearButtonEnabled(true);
    m_prefixError->setAccessibleName(tr("Area code error"));
    m_contains->setAccessibleName(tr("Contains"));
    m_contains->setPlaceholderText(tr("digits or letters, e.g. 777 or FLOWERS"));
    m_contains->setToolTip(tr("Digits the number contains anywhere; letters are read as on a "
                              "phone keypad (FLOWERS is 3569377)"));
    m_contains->setClearButtonEnabled(true);
    m_containsHint->setAccessibleName(tr("Contains hint"));
    m_containsHint->setWordWrap(true);
    m_containsHint->hide();
    m_search->setAccessibleName(tr("Search"));
    m_search->setAutoDefault(false);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);

    m_view->setAccessibleName(tr("Available numbers"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Number"), tr("Location")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(NumberColumn, new MarkedTextDelegate(m_view));
    m_view->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto *prefixColumn = new QVBoxLayout;
    prefixColumn->setSpacing(1);
    prefixColumn->addWidget(m_prefix);
    prefixColumn->addWidget(m_prefixError);
    auto *prefixLabel = new QLabel(tr("&Area code or prefix:"), this);
    prefixLabel->setBuddy(m_prefix);
    form->addRow(prefixLabel, prefixColumn);
    auto *containsRow = new QHBoxLayout;
    containsRow->addWidget(m_contains, 1);
    containsRow->addWidget(m_search);
    auto *containsColumn = new QVBoxLayout;
    containsColumn->setSpacing(1);
    containsColumn->addLayout(containsRow);
    containsColumn->addWidget(m_containsHint);
    auto *containsLabel = new QLabel(tr("Co&ntains:"), this);
    containsLabel->setBuddy(m_contains);
    form->addRow(containsLabel, containsColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    for (QLineEdit *edit : {m_prefix, m_contains}) {
        connect(edit, &QLineEdit::textChanged, this, &NumberChooser::updateHints);
        edit->installEventFilter(this);
    }
    connect(m_search, &QPushButton::clicked, this, &NumberChooser::search);
    connect(m_view, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column != NumberColumn)
            return;
        const int chosen = int(chosenNumbers().size());
        //: Under the available numbers: "3 of 20 numbers chosen."
        showStatus(tr("%1 of %n number(s) chosen.", nullptr, int(m_results.size())).arg(chosen),
                   false);
        emit chosenChanged();
    });
    updateHints();
}

void NumberChooser::setCountry(const QString &country, bool tollFree)
{
    if (country == m_country && tollFree == m_tollFree)
        return;
    m_country = country;
    m_tollFree = tollFree;
    ++m_generation; // an answer still on its way is for the old country
    m_searching = false;
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_results.clear();
    m_view->clear();
    //: "Search for local numbers of United States."
    showStatus((tollFree ? tr("Search for toll-free numbers of %1.")
                         : tr("Search for local numbers of %1."))
                   .arg(schema::countryName(country)),
               false);
    updateHints();
    emit chosenChanged();
}

void NumberChooser::setHomeRegion(const QString &region)
{
    m_homeRegion = region;
}

QList<AvailableNumber> NumberChooser::chosenNumbers() const
{
    QList<AvailableNumber> chosen;
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_view->topLevelItem(row);
        const int index = item->data(NumberColumn, kResultIndexRole).toInt();
        if (item->checkState(NumberColumn) == Qt::Checked && index < m_results.size())
            chosen.append(m_results.at(index));
    }
    return chosen;
}

QString NumberChooser::inputProblem() const
{
    QString why;
    if (!PhoneNumbering::nationalPrefix(m_prefix->text(), m_country, &why))
        return why;
    return containsProblem(m_contains->text());
}

QString NumberChooser::markDigits(const QString &display, const QString &digits)
{
    if (digits.isEmpty())
        return display.toHtmlEscaped();
    QString shownDigits;
    QList<qsizetype> at; // where each digit of the display is
    for (qsizetype i = 0; i < display.size(); ++i) {
        if (display.at(i).isDigit()) {
            shownDigits.append(display.at(i));
            at.append(i);
        }
    }
    // The last match: the digits asked for are in the subscriber part, not the country code.
    const qsizetype found = shownDigits.lastIndexOf(digits);
    if (found < 0)
        return display.toHtmlEscaped();
    const qsizetype start = at.at(found);
    const qsizetype end = at.at(found + digits.size() - 1) + 1;
    return display.left(start).toHtmlEscaped() +
           QStringLiteral("<span style=\"background-color:#ffe082; color:#000000;\"><b>") +
           display.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b></span>") +
           display.mid(end).toHtmlEscaped();
}

void NumberChooser::search()
{
    updateHints();
    if (!inputProblem().isEmpty() || m_country.isEmpty())
        return;
    if (m_call)
        m_call->cancel();
    SearchNumbers request;
    request.country = m_country;
    request.tollFree = m_tollFree;
    request.prefix =
        PhoneNumbering::nationalPrefix(m_prefix->text(), m_country).value_or(QString());
    request.contains = PhoneNumbering::keypadDigits(m_contains->text());
    m_results.clear();
    m_view->clear();
    showStatus(tr("Searching…"), false);
    emit chosenChanged();
    const int generation = ++m_generation;
    m_searching = true;
    m_call = m_client->searchNumbers(
        request, this, [this, request, generation](const Result<QList<AvailableNumber>> &result) {
            if (generation != m_generation)
                return; // a newer search, or another country, took its place
            m_searching = false;
            m_call.clear();
            if (!result) {
                showStatus(result.error().fullText(), true);
            } else {
                m_searchedDigits = request.contains;
                showResults(result.value());
            }
            emit searchFinished();
        });
}

void NumberChooser::showResults(const QList<AvailableNumber> &numbers)
{
    const QSignalBlocker blocker(m_view); // no itemChanged per row while filling
    m_results = numbers;
    m_view->clear();
    for (int i = 0; i < numbers.size(); ++i) {
        const AvailableNumber &number = numbers.at(i);
        auto *item = new QTreeWidgetItem(m_view);
        const QString shown = number.readable(m_homeRegion);
        item->setText(NumberColumn, shown);
        if (!m_searchedDigits.isEmpty())
            item->setData(NumberColumn, MarkedTextDelegate::MarkupRole,
                          markDigits(shown, m_searchedDigits));
        item->setToolTip(NumberColumn, number.number);
        item->setData(NumberColumn, kResultIndexRole, i);
        item->setCheckState(NumberColumn, Qt::Unchecked);
        item->setText(LocationColumn, number.place());
    }
    if (numbers.isEmpty()) {
        showStatus(tr("No numbers of %1 match. Try a shorter prefix or fewer digits.")
                       .arg(schema::countryName(m_country)),
                   false);
    } else {
        showStatus(tr("%n number(s) found: tick the ones to buy.", nullptr, int(numbers.size())),
                   false);
    }
    emit chosenChanged();
}

void NumberChooser::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d32f2f; font-weight: bold;")
                                  : QString());
}

void NumberChooser::updateHints()
{
    QString prefixWhy;
    const bool prefixOk =
        PhoneNumbering::nationalPrefix(m_prefix->text(), m_country, &prefixWhy).has_value();
    m_prefixError->setText(prefixWhy);
    m_prefixError->setVisible(!prefixOk);

    const QString text = m_contains->text();
    const QString problem = containsProblem(text);
    const QString digits = PhoneNumbering::keypadDigits(text);
    const bool hasLetters =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    if (!problem.isEmpty()) {
        m_containsHint->setText(problem);
        m_containsHint->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
    } else if (hasLetters && !digits.isEmpty()) {
        //: Under Contains: "FLOWERS is 3569377 on a phone keypad."
        m_containsHint->setText(tr("%1 is %2 on a phone keypad.").arg(text.trimmed(), digits));
        m_containsHint->setStyleSheet(QString());
    } else {
        m_containsHint->clear();
    }
    m_containsHint->setVisible(!m_containsHint->text().isEmpty());
    m_search->setEnabled(prefixOk && problem.isEmpty() && !m_country.isEmpty());
}

bool NumberChooser::eventFilter(QObject *watched, QEvent *event)
{
    // Enter searches; it must not reach the dialog, whose default button buys.
    if (event->type() == QEvent::KeyPress && (watched == m_prefix || watched == m_contains)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace numdesk
