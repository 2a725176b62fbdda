#pragma once

#include "cell.h"

#include <array>

namespace Teleterm::Terminal
{

// Turns a cell's Color into RGB. The 16 ANSI colours are the theme's to choose (setAnsi); the
// 6x6x6 cube and the 24 greys of the 256-colour palette are xterm's; the default foreground and
// background are whatever the caller passes, also from the theme.
class Palette
{
public:
    using Rgb = uint32_t; // 0xAARRGGBB, the layout of Qt Gui's Rgb
    [[nodiscard]] static constexpr Rgb rgb(int red, int green, int blue)
    {
        return 0xff000000u | uint32_t(red) << 16 | uint32_t(green) << 8 | uint32_t(blue);
    }

    Palette(); // xterm's ANSI colours until the theme sets its own

    void setAnsi(const std::array<Rgb, 16> &colors);
    [[nodiscard]] Rgb indexed(uint8_t index) const
    {
        return m_colors[index];
    }
    [[nodiscard]] Rgb resolve(Color color, Rgb defaultColor) const;

private:
    std::array<Rgb, 256> m_colors;
};

} // namespace Teleterm::Terminal
