#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QCommandLinkButton *linkButton(const QString &title, const QString &description, QWidget *parent)
{
    auto *b = new QCommandLinkButton(title, description, parent);
    b->setAccessibleDescription(description);
    return b;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 8, 24, 8);
    auto *title = new QLabel(tr("<h1>Welcome to TierBench</h1>"), content);
    auto *intro = new QLabel(tr("Edit LLM tier configs, compare models side by side, see why a request "
                                "went to a tier, and chart what each tier costs. Start with one of these:"),
                             content);
    intro->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(intro);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addWidget(buildStart(), 1);
    row->addWidget(buildModes(), 1);
    column->addLayout(row);
    column->addStretch(1);
    scroll->setWidget(content);
    setRecentWorkspaces({});
}

QWidget *WelcomePage::buildStart()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *start = new QGroupBox(tr("Start"), box);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->setSpacing(0);
    m_openFolder = linkButton(tr("Open a folder of configs…"),
                              tr("Every YAML config in the folder, checked as you edit."), start);
    m_demo = linkButton(tr("Open the demo workspace"),
                        tr("Sample configs, a router policy and demo traffic, in a folder you can edit."), start);
    m_newConfig = linkButton(tr("New config"), tr("A ModelTierConfig with three tiers to fill in."), start);
    m_import = linkButton(tr("Import a LiteLLM config…"),
                          tr("Turn a LiteLLM proxy config.yaml into a tier config."), start);
    for (QCommandLinkButton *b : {m_openFolder, m_demo, m_newConfig, m_import})
        startLayout->addWidget(b);
    connect(m_openFolder, &QAbstractButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_newConfig, &QAbstractButton::clicked, this, &WelcomePage::newConfigRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePage::importLiteLlmRequested);

    auto *recent = new QGroupBox(tr("Recent workspaces"), box);
    auto *recentLayout = new QVBoxLayout(recent);
    m_recent = new QListWidget(recent);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMinimumHeight(90);
    m_noRecent = new QLabel(tr("No workspace opened yet."), recent);
    m_noRecent->setEnabled(false);
    m_noRecent->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    recentLayout->addWidget(m_noRecent);
    recentLayout->addWidget(m_recent);
    // One click opens: the list is a set of links, not a selection.
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit workspaceRequested(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(start);
    layout->addWidget(recent);
    layout->addStretch(1);
    return box;
}

QStringList WelcomePage::modeDescriptions()
{
    return {tr("Edit and validate tier configs, with the form and the YAML side by side."),
            tr("Send one prompt to several models and compare answers, speed and cost."),
            tr("See why a request goes to a tier, and replay traffic under a changed policy."),
            tr("Providers and keys, the model registry, prices and what changed."),
            tr("Cost, latency and tier share over time, and the budget burn-down.")};
}

QWidget *WelcomePage::buildModes()
{
    auto *box = new QGroupBox(tr("The five modes"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(0);
    const QStringList names = {tr("Configs"), tr("Compare"), tr("Router"), tr("Models"), tr("Dashboard")};
    const QStringList lines = modeDescriptions();
    for (int i = 0; i < names.size(); ++i) {
        auto *b = linkButton(names.at(i), lines.at(i), box);
        b->setToolTip(tr("Go to %1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
        layout->addWidget(b);
        m_modes.append(b);
        connect(b, &QAbstractButton::clicked, this, [this, i] { emit modeRequested(i); });
    }
    layout->addStretch(1);
    return box;
}

void WelcomePage::setRecentWorkspaces(const QStringList &directories)
{
    m_recent->clear();
    for (const QString &dir : directories) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), QDir::toNativeSeparators(dir),
                                         m_recent);
        item->setData(Qt::UserRole, dir);
        if (!QFileInfo(dir).isDir()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("This folder no longer exists."));
        } else {
            item->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(dir)));
        }
    }
    m_recent->setVisible(!directories.isEmpty());
    m_noRecent->setVisible(directories.isEmpty());
}
