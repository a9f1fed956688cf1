#include "accountsdialog.h"

#include "filesecretstore.h"
#include "profileeditdialog.h"
#include "secretmigration.h"
#include "secretstores.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace numdesk {

namespace {

constexpr int kIsSandboxRole = Qt::UserRole + 1;

QString methodText(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Basic:
        return AccountsDialog::tr("public and private key");
    case AuthMethod::Token:
        return AccountsDialog::tr("access token");
    case AuthMethod::AuthTokenQuery:
        return AccountsDialog::tr("legacy auth token");
    }
    return {};
}

} // namespace

AccountsDialog::AccountsDialog(ProfileStore &profiles, SecretStores &secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Accounts"));
    buildUi();
    connect(m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionTestResult &result) {
                showResult(result.message, !result.ok(), result.detail);
                updateButtons();
                emit testFinished(result);
            });
    connect(&m_secrets, &SecretStores::changed, this, &AccountsDialog::updateKeychainNotice);
    reload();
    updateKeychainNotice();
    m_secrets.checkKeychain();
}

AccountsDialog::~AccountsDialog()
{
    // An open editor would otherwise be destroyed by QWidget's destructor, when this dialog
    // is half gone, and could call back into it.
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        delete m_editor;
    }
}

void AccountsDialog::buildUi()
{
    // Where secrets are kept; why the keychain cannot be, when it cannot.
    m_keychainNotice = new QFrame;
    m_keychainNotice->setFrameShape(QFrame::StyledPanel);
    m_keychainNotice->setAccessibleName(tr("Where secrets are kept"));
    m_keychainText = new QLabel;
    m_keychainText->setWordWrap(true);
    m_keychainText->setAccessibleName(tr("Keychain status"));
    auto *keepIn = new QLabel(tr("Keep the secrets of profiles in:"));
    m_keychainChoice = new QRadioButton(tr("the system &keychain"));
    m_keychainChoice->setAccessibleName(tr("Keep secrets in the system keychain"));
    m_sessionChoice = new QRadioButton(tr("&memory only: type them again each session"));
    m_sessionChoice->setAccessibleName(tr("Type secrets each session"));
    m_fileChoice = new QRadioButton(tr("a &file only you can read"));
    m_fileChoice->setAccessibleName(tr("Save secrets in a file only you can read"));
    // The file's path under the choice, in a read-only field: a radio button cannot wrap, and
    // a long path made the whole dialog wider than the screen.
    m_filePath = new QLineEdit;
    m_filePath->setReadOnly(true);
    m_filePath->setAccessibleName(tr("Secrets file"));
    m_fileWarning = new QLabel(tr("Warning: the file is not encrypted. Anyone who can use your "
                                  "user account, and anyone who can read your backups, can read "
                                  "the secrets in it."));
    m_fileWarning->setWordWrap(true);
    m_fileWarning->setAccessibleName(tr("Secrets file warning"));
    auto *notice = new QVBoxLayout(m_keychainNotice);
    notice->addWidget(m_keychainText);
    notice->addWidget(keepIn);
    notice->addWidget(m_keychainChoice);
    notice->addWidget(m_sessionChoice);
    notice->addWidget(m_fileChoice);
    auto *pathRow = new QHBoxLayout;
    pathRow->addSpacing(m_fileChoice->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                        m_fileChoice->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    pathRow->addWidget(m_filePath, 1);
    notice->addLayout(pathRow);
    notice->addWidget(m_fileWarning);
    // Only what the user clicks changes the saved choice.
    connect(m_keychainChoice, &QRadioButton::clicked, this,
            [this] { changeStorage(SecretStorage::Keychain); });
    connect(m_sessionChoice, &QRadioButton::clicked, this,
            [this] { changeStorage(SecretStorage::Session); });
    connect(m_fileChoice, &QRadioButton::clicked, this,
            [this] { changeStorage(SecretStorage::File); });

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(220);
    auto *listLabel = new QLabel(tr("&Profiles:"));
    listLabel->setBuddy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
        m_result->clear();
    });
    connect(m_list, &QListWidget::itemActivated, this, &AccountsDialog::editProfile);
    m_list->installEventFilter(this); // Delete removes the selected profile

    m_add = new QPushButton(tr("&Add…"));
    m_add->setAccessibleName(tr("Add Profile"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit Profile"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove Profile"));
    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setAccessibleName(tr("Test Connection"));
    for (QPushButton *button : {m_add, m_edit, m_remove, m_test})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    m_details = new QLabel;
    m_details->setAccessibleName(tr("Profile details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new QLabel;
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto *middle = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    middle->addLayout(listColumn, 1);
    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addSpacing(listLabel->sizeHint().height());
    buttonColumn->addLayout(buttons);
    middle->addLayout(buttonColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainNotice);
    layout->addLayout(middle, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(560, 440);
}

bool AccountsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeProfile();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AccountsDialog::setSandboxAccount(const Account &account)
{
    m_sandbox = account;
    showDetails();
}

void AccountsDialog::setConnectionOptions(int timeoutMs, bool http2)
{
    m_timeoutMs = timeoutMs;
    m_http2 = http2;
    m_tester->setTimeout(timeoutMs);
    m_tester->setHttp2Enabled(http2);
}

void AccountsDialog::reload()
{
    const QString keep = selectedProfile();
    m_list->clear();
    auto *sandbox = new QListWidgetItem(tr("Sandbox (built-in)"), m_list);
    sandbox->setData(kIsSandboxRole, true);
    sandbox->setToolTip(tr("The built-in sandbox: demo numbers on this computer. It cannot be "
                           "edited or removed."));
    const QStringList names = m_profiles.names();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(kIsSandboxRole, false);
        if (const auto profile = m_profiles.profile(name))
            item->setToolTip(profile->baseUrl);
    }
    selectProfile(keep);
}

QString AccountsDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(kIsSandboxRole).toBool())
        return {};
    return item->text();
}

void AccountsDialog::selectProfile(const QString &name)
{
    int row = 0;
    for (int r = 1; r < m_list->count(); ++r) {
        if (m_list->item(r)->text() == name)
            row = r;
    }
    m_list->setCurrentRow(row);
    showDetails();
    updateButtons();
}

QStringList AccountsDialog::listedProfiles() const
{
    QStringList names;
    for (int r = 1; r < m_list->count(); ++r)
        names.append(m_list->item(r)->text());
    return names;
}

void AccountsDialog::updateButtons()
{
    const bool sandbox = selectedProfile().isEmpty();
    const bool busy = m_tester->isRunning() || m_editor;
    m_add->setEnabled(!m_editor);
    m_edit->setEnabled(!sandbox && !busy);
    m_remove->setEnabled(!sandbox && !busy);
    m_test->setEnabled(!busy);
    const QString locked =
        sandbox ? tr("The built-in sandbox cannot be edited or removed.") : QString();
    m_edit->setToolTip(locked);
    m_remove->setToolTip(locked);
}

void AccountsDialog::updateKeychainNotice()
{
    const bool usable = m_secrets.isKeychainUsable();
    m_keychainText->setVisible(!usable);
    m_keychainText->setText(
        tr("No system keychain is available: %1 Choose whether to type the secrets each "
           "session or to save them in a file only you can read.")
            .arg(m_secrets.keychainProblem()));
    m_keychainChoice->setEnabled(usable);
    SecretStore *file = m_secrets.store(SecretStorage::File);
    const auto *fileStore = dynamic_cast<const FileSecretStore *>(file);
    m_filePath->setText(fileStore ? QDir::toNativeSeparators(fileStore->path()) : QString());
    m_filePath->setCursorPosition(0);
    m_filePath->setVisible(fileStore != nullptr);
    m_fileChoice->setEnabled(file != nullptr);
    // The store in use: the session's while the keychain is chosen but cannot be used.
    SecretStore *current = m_secrets.current();
    m_keychainChoice->setChecked(current && current == m_secrets.store(SecretStorage::Keychain));
    m_fileChoice->setChecked(current && current == file);
    m_sessionChoice->setChecked(current && current == m_secrets.store(SecretStorage::Session));
    m_fileWarning->setVisible(m_fileChoice->isChecked());
    QPalette palette = m_fileWarning->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(QWidget::palette()));
    m_fileWarning->setPalette(palette);
    fitHeight();
}

void AccountsDialog::fitHeight()
{
    // Wrapped text needs more height at this width than the layout's minimum says: grow to it
    // rather than cut the notice.
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void AccountsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void AccountsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Narrower means more lines: never below what the text needs.
    if (layout())
        setMinimumHeight(layout()->totalHeightForWidth(width()));
}

void AccountsDialog::showDetails()
{
    const QString name = selectedProfile();
    if (name.isEmpty()) {
        m_details->setText(m_sandbox ? tr("Built-in sandbox at %1 with demo credentials.")
                                           .arg(m_sandbox->apiBase.toString())
                                     : tr("Built-in sandbox (not running)."));
        return;
    }
    QString error;
    const auto profile = m_profiles.profile(name, &error);
    if (!profile) {
        m_details->setText(error);
        return;
    }
    const auto base = Account::apiBaseFromInput(profile->baseUrl);
    m_details->setText(
        tr("Address: %1\nAuthentication: %2")
            .arg(base ? base->toString() : profile->baseUrl, methodText(profile->auth)));
}

void AccountsDialog::changeStorage(SecretStorage storage)
{
    SecretStore *from = m_secrets.current();
    m_secrets.setChoice(storage);
    SecretStore *to = m_secrets.current();
    if (!from || !to || from == to)
        return;
    // What was saved goes along: secrets are never left where the user no longer wants them,
    // nor lost on the way (removed from the old place only once the new one has them).
    auto *migration = new SecretMigration(from, to, m_profiles.names(), this);
    m_keychainNotice->setEnabled(false); // one move at a time
    connect(migration, &SecretMigration::finished, this, [this, migration] {
        m_keychainNotice->setEnabled(true);
        const QString summary = migration->summary();
        if (!summary.isEmpty())
            showResult(summary, !migration->outcome().failed.isEmpty());
        migration->deleteLater();
    });
    migration->start();
}

void AccountsDialog::showResult(const QString &text, bool error, const QString &detail)
{
    m_result->setText(text);
    m_result->setToolTip(detail);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, error ? errorTextColor(QWidget::palette())
                                                 : QWidget::palette().color(QPalette::WindowText));
    m_result->setPalette(palette);
}

void AccountsDialog::openEditor(std::optional<Profile> existing)
{
    if (m_editor)
        return;
    m_editor = new ProfileEditDialog(m_profiles, m_secrets, std::move(existing), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setConnectionOptions(m_timeoutMs, m_http2);
    connect(m_editor, &ProfileEditDialog::saved, this, [this](const Profile &profile) {
        reload();
        selectProfile(profile.name);
        showResult(tr("Profile '%1' saved.").arg(profile.name), false);
        emit profileSaved(profile.name);
        emit profilesChanged();
    });
    // It deletes itself once closed (WA_DeleteOnClose); from then on another may open.
    connect(m_editor, &QDialog::finished, this, [this] {
        m_editor.clear();
        updateButtons();
    });
    m_editor->open();
    updateButtons();
}

void AccountsDialog::addProfile()
{
    openEditor(std::nullopt);
}

void AccountsDialog::editProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_editor)
        return;
    QString error;
    const auto profile = m_profiles.profile(name, &error);
    if (!profile) {
        showResult(error, true);
        return;
    }
    openEditor(*profile);
}

void AccountsDialog::removeProfile()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || m_editor)
        return;
    auto *confirm =
        new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                        tr("Remove the profile '%1' and the secrets saved for it?").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->button(QMessageBox::Yes)->setText(tr("&Remove"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, name] {
        if (confirm->clickedButton() != confirm->button(QMessageBox::Yes))
            return;
        SecretStore *store = m_secrets.current();
        store->remove(name, this,
                      [this, name, source = store->sourceName()](const SecretResult &result) {
                          m_profiles.remove(name);
                          reload();
                          if (result.ok())
                              showResult(tr("Profile '%1' removed.").arg(name), false);
                          else
                              showResult(tr("Profile '%1' removed, but its secrets could not "
                                            "be removed from %2: %3")
                                             .arg(name, source, result.message),
                                         true);
                          emit profileRemoved(name);
                          emit profilesChanged();
                      });
    });
    confirm->open();
}

void AccountsDialog::testConnection()
{
    const QString name = selectedProfile();
    if (name.isEmpty()) {
        if (!m_sandbox) {
            showResult(tr("The built-in sandbox is not running."), true);
            return;
        }
        showResult(tr("Testing the connection…"), false);
        m_tester->start(*m_sandbox);
        updateButtons();
        return;
    }
    QString error;
    const auto profile = m_profiles.profile(name, &error);
    const auto base = profile ? Account::apiBaseFromInput(profile->baseUrl, &error) : std::nullopt;
    if (!profile || !base) {
        showResult(error, true);
        return;
    }
    showResult(tr("Testing the connection…"), false);
    m_test->setEnabled(false);
    const QUrl apiBase = *base;
    m_secrets.current()->read(
        name, profile->auth, this, [this, name, apiBase](const SecretResult &result) {
            if (!result.ok() || !result.credentials) {
                showResult(result.status == SecretStatus::NotFound
                               ? tr("No secrets are saved for '%1' in %2. Edit the profile to "
                                    "enter them.")
                                     .arg(name, m_secrets.current()->sourceName())
                               : result.message,
                           true);
                updateButtons();
                return;
            }
            Account account;
            account.apiBase = apiBase;
            account.credentials = *result.credentials;
            m_tester->start(account);
            updateButtons();
        });
}

} // namespace numdesk
