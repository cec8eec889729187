#pragma once

#include <functional>
#include <vector>

// Texts that follow the UI language. Each setter given to add() runs at once and again on every
// retranslate(), which a page calls on QEvent::LanguageChange: widgets built in a constructor keep
// their pointers in the lambdas instead of in members kept only for retranslation.
class LiveTexts {
public:
    void add(std::function<void()> apply) {
        apply();
        m_apply.push_back(std::move(apply));
    }
    void retranslate() const {
        for (const auto &apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};
