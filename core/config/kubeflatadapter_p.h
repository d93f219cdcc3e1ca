#pragma once

// Internal to core/config: a document flattened for validation, and its valijson adapter.
//
// valijson visits every node several times (type, properties, required...), and each visit
// through KubeYamlAdapter copies yaml-cpp handles (reference counts) and re-types the scalar.
// The schema check of every document is on `tierctl validate`'s speed budget (within 1.2x a
// bare yaml-cpp load), so the target side is flattened once: one array of nodes with their
// JSON type decided and null members pruned, children contiguous, scalars and keys pointing
// into the yaml-cpp tree (which outlives the check). The schema side keeps KubeYamlAdapter.

#include "kubeyamladapter_p.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ConfigDetail {

struct FlatNode
{
    enum class Kind : std::uint8_t { Scalar, Map, Sequence };
    Kind kind = Kind::Scalar;
    ScalarType type = ScalarType::Null;
    std::uint32_t first = 0; ///< index of the first child; children are contiguous
    std::uint32_t count = 0;
    const std::string *key = nullptr;    ///< the mapping key, for a mapping's child
    const std::string *scalar = nullptr; ///< the text, for a scalar
};

/// The flattened document: nodes[0] is the root.
struct FlatTree
{
    std::vector<FlatNode> nodes;
    explicit FlatTree(const YAML::Node &root);

private:
    void fill(std::uint32_t index, const YAML::Node &node);
};

class KubeFlatAdapter;
class KubeFlatIterator;
class KubeFlatMemberIterator;
using KubeFlatMember = std::pair<std::string, KubeFlatAdapter>;

/// A (tree, index) pair: trivially copied.
struct FlatRef
{
    const FlatTree *tree = nullptr;
    std::uint32_t index = 0;
    const FlatNode &node() const { return tree->nodes[index]; }
};

class KubeFlatArray
{
public:
    using const_iterator = KubeFlatIterator;
    using iterator = KubeFlatIterator;
    KubeFlatArray() = default;
    explicit KubeFlatArray(FlatRef ref) : m_ref(ref) { }
    KubeFlatIterator begin() const;
    KubeFlatIterator end() const;
    size_t size() const { return m_ref.tree ? m_ref.node().count : 0; }

private:
    FlatRef m_ref;
};

class KubeFlatObject
{
public:
    using const_iterator = KubeFlatMemberIterator;
    using iterator = KubeFlatMemberIterator;
    KubeFlatObject() = default;
    explicit KubeFlatObject(FlatRef ref) : m_ref(ref) { }
    KubeFlatMemberIterator begin() const;
    KubeFlatMemberIterator end() const;
    KubeFlatMemberIterator find(const std::string &propertyName) const;
    size_t size() const { return m_ref.tree ? m_ref.node().count : 0; }

private:
    FlatRef m_ref;
};

/// Frozen copies are only made of schema values (enum, const), never of a target; this one
/// exists because the adapter interface needs it.
class KubeFlatFrozenValue : public valijson::adapters::FrozenValue
{
public:
    explicit KubeFlatFrozenValue(FlatRef ref) : m_ref(ref) { }
    FrozenValue *clone() const override { return new KubeFlatFrozenValue(m_ref); }
    bool equalTo(const valijson::adapters::Adapter &other, bool strict) const override;

private:
    FlatRef m_ref;
};

class KubeFlatValue
{
public:
    KubeFlatValue() = default;
    explicit KubeFlatValue(FlatRef ref) : m_ref(ref) { }

    valijson::adapters::FrozenValue *freeze() const { return new KubeFlatFrozenValue(m_ref); }
    std::optional<KubeFlatArray> getArrayOptional() const
    {
        return isArray() ? std::make_optional(KubeFlatArray(m_ref)) : std::nullopt;
    }
    bool getArraySize(size_t &result) const
    {
        if (!isArray())
            return false;
        result = m_ref.node().count;
        return true;
    }
    bool getBool(bool &result) const
    {
        if (!isBool())
            return false;
        const std::string &t = *m_ref.node().scalar;
        result = t[0] == 't' || t[0] == 'T' || t[0] == 'y' || t[0] == 'Y' || t == "on" || t == "On" || t == "ON";
        return true;
    }
    bool getDouble(double &result) const
    {
        if (!isNumber())
            return false;
        result = scalarDouble(*m_ref.node().scalar);
        return true;
    }
    bool getInteger(int64_t &result) const
    {
        std::int64_t v = 0;
        if (!isInteger() || !scalarInteger(*m_ref.node().scalar, v))
            return false;
        result = v;
        return true;
    }
    std::optional<KubeFlatObject> getObjectOptional() const
    {
        return isObject() ? std::make_optional(KubeFlatObject(m_ref)) : std::nullopt;
    }
    bool getObjectSize(size_t &result) const
    {
        if (!isObject())
            return false;
        result = m_ref.node().count;
        return true;
    }
    bool getString(std::string &result) const
    {
        if (!isString())
            return false;
        result = *m_ref.node().scalar;
        return true;
    }

    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_ref.tree && m_ref.node().kind == FlatNode::Kind::Sequence; }
    bool isObject() const { return m_ref.tree && m_ref.node().kind == FlatNode::Kind::Map; }
    bool isBool() const { return scalarIs(ScalarType::Bool); }
    bool isDouble() const { return scalarIs(ScalarType::Float); }
    bool isInteger() const { return scalarIs(ScalarType::Integer); }
    bool isNull() const { return scalarIs(ScalarType::Null); }
    bool isNumber() const { return isInteger() || isDouble(); }
    bool isString() const { return scalarIs(ScalarType::String); }

private:
    bool scalarIs(ScalarType t) const
    {
        return m_ref.tree && m_ref.node().kind == FlatNode::Kind::Scalar && m_ref.node().type == t;
    }
    FlatRef m_ref;
};

class KubeFlatAdapter
    : public valijson::adapters::BasicAdapter<KubeFlatAdapter, KubeFlatArray, KubeFlatMember, KubeFlatObject,
                                              KubeFlatValue>
{
public:
    // No default constructor: BasicAdapter's is deleted (its value member is const).
    explicit KubeFlatAdapter(FlatRef ref) : BasicAdapter(KubeFlatValue{ref}) { }
};

class KubeFlatIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = KubeFlatAdapter;
    using difference_type = KubeFlatAdapter;
    using pointer = KubeFlatAdapter *;
    using reference = KubeFlatAdapter &;

    explicit KubeFlatIterator(FlatRef at) : m_at(at) { }
    KubeFlatAdapter operator*() const { return KubeFlatAdapter(m_at); }
    valijson::adapters::DerefProxy<KubeFlatAdapter> operator->() const
    {
        return valijson::adapters::DerefProxy<KubeFlatAdapter>(**this);
    }
    bool operator==(const KubeFlatIterator &other) const { return m_at.index == other.m_at.index; }
    bool operator!=(const KubeFlatIterator &other) const { return m_at.index != other.m_at.index; }
    const KubeFlatIterator &operator++()
    {
        ++m_at.index;
        return *this;
    }
    KubeFlatIterator operator++(int)
    {
        KubeFlatIterator pre = *this;
        ++m_at.index;
        return pre;
    }
    const KubeFlatIterator &operator--()
    {
        --m_at.index;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_at.index = std::uint32_t(std::ptrdiff_t(m_at.index) + n); }

private:
    FlatRef m_at;
};

class KubeFlatMemberIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = KubeFlatMember;
    using difference_type = KubeFlatMember;
    using pointer = KubeFlatMember *;
    using reference = KubeFlatMember &;

    explicit KubeFlatMemberIterator(FlatRef at) : m_at(at) { }
    KubeFlatMember operator*() const { return KubeFlatMember(*m_at.node().key, KubeFlatAdapter(m_at)); }
    valijson::adapters::DerefProxy<KubeFlatMember> operator->() const
    {
        return valijson::adapters::DerefProxy<KubeFlatMember>(**this);
    }
    bool operator==(const KubeFlatMemberIterator &other) const { return m_at.index == other.m_at.index; }
    bool operator!=(const KubeFlatMemberIterator &other) const { return m_at.index != other.m_at.index; }
    const KubeFlatMemberIterator &operator++()
    {
        ++m_at.index;
        return *this;
    }
    KubeFlatMemberIterator operator++(int)
    {
        KubeFlatMemberIterator pre = *this;
        ++m_at.index;
        return pre;
    }

private:
    FlatRef m_at;
};

inline KubeFlatIterator KubeFlatArray::begin() const { return KubeFlatIterator({m_ref.tree, m_ref.tree ? m_ref.node().first : 0}); }
inline KubeFlatIterator KubeFlatArray::end() const
{
    return KubeFlatIterator({m_ref.tree, m_ref.tree ? m_ref.node().first + m_ref.node().count : 0});
}
inline KubeFlatMemberIterator KubeFlatObject::begin() const
{
    return KubeFlatMemberIterator({m_ref.tree, m_ref.tree ? m_ref.node().first : 0});
}
inline KubeFlatMemberIterator KubeFlatObject::end() const
{
    return KubeFlatMemberIterator({m_ref.tree, m_ref.tree ? m_ref.node().first + m_ref.node().count : 0});
}
inline KubeFlatMemberIterator KubeFlatObject::find(const std::string &propertyName) const
{
    if (!m_ref.tree)
        return end();
    const FlatNode &n = m_ref.node();
    for (std::uint32_t i = n.first; i < n.first + n.count; ++i)
        if (*m_ref.tree->nodes[i].key == propertyName)
            return KubeFlatMemberIterator({m_ref.tree, i});
    return end();
}

inline bool KubeFlatFrozenValue::equalTo(const valijson::adapters::Adapter &other, bool strict) const
{
    return KubeFlatAdapter(m_ref).equalTo(other, strict);
}

} // namespace ConfigDetail

namespace valijson::adapters {
template<>
struct AdapterTraits<ConfigDetail::KubeFlatAdapter>
{
    using DocumentType = ConfigDetail::FlatTree;
    static std::string adapterName() { return "KubeFlatAdapter"; }
};
} // namespace valijson::adapters
