#pragma once

#include "money/cost.h"
#include "unknownfield.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/// Authentication of a ModelTierConfig (spec.defaultAuth or spec.tiers[].auth).
struct AuthConfig
{
    QString type;      ///< apiKey | oauth | serviceAccount | none | custom
    QString secretRef; ///< name of the secret holding the credentials
    QString secretKey; ///< key inside the secret; the CRD default is "api-key"
    UnknownFields unknownFields; ///< other keys of this auth mapping, kept for save

    bool operator==(const AuthConfig &) const = default;
};

/// One entry of spec.tiers[]. Costs keep the user's text so that export does not reformat it.
struct TierEntry
{
    QString tier; ///< fast | standard | reasoning
    QString provider;
    QString model;
    QString endpoint;
    std::optional<int> maxTokens;
    QString costPerMillionInput;  ///< decimal string as written, e.g. "0.80"
    QString costPerMillionOutput; ///< decimal string as written, e.g. "4.00"
    std::optional<AuthConfig> auth;
    UnknownFields unknownFields; ///< other keys of this tier (or known keys of the wrong type)

    /// The parsed prices; unknown when the text is empty or not a valid decimal.
    TokenPrices prices() const;

    bool operator==(const TierEntry &) const = default;
};

/// core.infraagent.io/v1alpha1 ModelTierConfig.
struct TierConfig
{
    static constexpr auto ApiVersion = "core.infraagent.io/v1alpha1";
    static constexpr auto Kind = "ModelTierConfig";

    QString name; ///< metadata.name
    std::optional<AuthConfig> defaultAuth;
    QList<TierEntry> tiers;

    UnknownFields topLevelFields; ///< top-level keys besides apiVersion/kind/metadata/spec (e.g. status)
    UnknownFields metadataFields; ///< metadata keys besides name (namespace, labels, annotations...)
    UnknownFields specFields;     ///< spec keys besides defaultAuth and tiers

    const TierEntry *findTier(const QString &tierName) const;
    /// The auth in force for a tier: its own override, else defaultAuth.
    std::optional<AuthConfig> effectiveAuth(const TierEntry &entry) const;

    bool operator==(const TierConfig &) const = default;
};
