#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/// The three abstract routing classes of the seed (LIGHT/STANDARD/HEAVY), ordered by capability.
/// A TierMap turns a class into a config tier name (fast/standard/reasoning by default).
enum class RouteClass { Light = 0, Standard = 1, Heavy = 2 };

namespace RouteClasses {

inline constexpr std::array<RouteClass, 3> all = {RouteClass::Light, RouteClass::Standard,
                                                   RouteClass::Heavy};

/// "light", "standard" or "heavy": the stable identifiers used in JSON, CSV and the CLI.
inline QString name(RouteClass c)
{
    switch (c) {
    case RouteClass::Light: return QStringLiteral("light");
    case RouteClass::Standard: return QStringLiteral("standard");
    case RouteClass::Heavy: return QStringLiteral("heavy");
    }
    return {};
}

inline const char *latin1Name(RouteClass c)
{
    switch (c) {
    case RouteClass::Light: return "light";
    case RouteClass::Standard: return "standard";
    case RouteClass::Heavy: return "heavy";
    }
    return "";
}

/// Parses a class name, case-insensitively; nullopt for anything else.
inline std::optional<RouteClass> fromName(QStringView text)
{
    for (RouteClass c : all)
        if (text.compare(QLatin1StringView(latin1Name(c)), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

inline int index(RouteClass c) { return static_cast<int>(c); }

} // namespace RouteClasses
