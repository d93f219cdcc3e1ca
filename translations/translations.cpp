#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Translations {

namespace {
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

QString &qmDirectory()
{
    static QString dir = QStringLiteral(":/i18n");
    return dir;
}

QString qmFile(const QString &code)
{
    return qmDirectory() + QStringLiteral("/tierbench_%1.qm").arg(code);
}

bool shipped(const QString &code)
{
    return code == u"en" || QFile::exists(qmFile(code));
}

void uninstall(std::unique_ptr<QTranslator> &t)
{
    if (t)
        QCoreApplication::removeTranslator(t.get());
    t.reset();
}
} // namespace

QList<Language> available()
{
    QList<Language> out{{QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
        if (shipped(code))
            out.append({code, QLocale(code).nativeLanguageName()});
    }
    for (Language &l : out) // "français" -> "Français"
        l.name[0] = l.name.at(0).toUpper();
    return out;
}

QString resolve(const QString &code)
{
    if (!code.isEmpty() && shipped(code))
        return code;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return shipped(system) ? system : QStringLiteral("en");
}

QString apply(const QString &code)
{
    const QString language = resolve(code);
    uninstall(appTranslator());
    uninstall(qtTranslator());
    // The system locale keeps its country (de_CH stays Swiss) when its language is the one chosen.
    const QLocale system = QLocale::system();
    const QLocale locale = system.name().startsWith(language) ? system : QLocale(language);
    QLocale::setDefault(locale);
    if (language == u"en")
        return language;
    auto app = std::make_unique<QTranslator>();
    if (app->load(qmFile(language))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return language;
}

void setDirectory(const QString &dir)
{
    qmDirectory() = dir;
}

QString directory()
{
    return qmDirectory();
}

} // namespace Translations
