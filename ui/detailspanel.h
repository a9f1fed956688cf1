#pragma once

#include "apicall.h"
#include "phonenumber.h"

#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace numdesk {

class ApiClient;
class LookupCache;

// Every field of one number, fetched fresh with show-by-id: token values as a list, copy buttons
// for the number.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(ApiClient *client, LookupCache *lookups, QWidget *parent = nullptr);

    // Shows the number with this id (nullopt: nothing selected). Fetches after a short pause so
    // that moving through the table does not send a request per row.
    void showNumber(std::optional<qint64> id);
    std::optional<PhoneNumber> number() const { return m_number; }
    // Reads the number on show again (it was changed), keeping it on show until the new values
    // are in.
    void reload();
    // Whether `fresh` (a record with some columns, as the table has it) differs from the number
    // on show in any of the keys it holds.
    bool differsFrom(const PhoneNumber &fresh) const;
    // Times are shown in this zone, as in the table.
    void setTimeZone(const QTimeZone &zone);
    // Numbers of this country read in their national form, others in the international one,
    // when the server's human_number is missing or does not fit.
    void setHomeRegion(const QString &region);
    // The number as the title shows it (and "Copy as Shown" copies); empty when none is shown.
    QString shownNumber() const;

signals:
    void loaded(const numdesk::PhoneNumber &number);

private:
    void fetch();
    void display(const PhoneNumber &number);
    void showMessage(const QString &text);
    QString displayValue(const PhoneNumber &number, const QString &key) const;

    ApiClient *m_client;
    LookupCache *m_lookups;
    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QListWidget *m_tokens;
    QPushButton *m_copyNumber;
    QPushButton *m_copyHuman;
    QTimer m_delay;
    QString m_homeRegion = QStringLiteral("US");
    std::optional<qint64> m_wanted;
    std::optional<PhoneNumber> m_number;
    QPointer<ApiCall> m_call;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace numdesk
