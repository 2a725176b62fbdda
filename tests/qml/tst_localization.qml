import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui

// The language changes while the components live: their texts, the direction of the layout, and
// how numbers and times are written follow at once.
TestCase {
    id: test

    name: "Localization"
    when: windowShown

    Component {
        id: tabBarComponent

        DocumentTabBar {
            width: 600
            documents: DocumentsModel {}
        }
    }

    Item {
        id: mirrored

        LayoutMirroring.enabled: Localization.rightToLeft
        LayoutMirroring.childrenInherit: true
        width: 400
        height: 100

        Rectangle {
            id: leading

            anchors.left: parent.left
            width: 50
            height: 50
        }
    }

    // A text bound the way the views bind theirs.
    Text {
        id: label

        text: qsTranslate("EmptyTabsPage", "Open a new tab")
    }

    function cleanup() {
        Localization.language = "en";
    }

    function inHours(hours: real): date {
        return new Date(Format.now.getTime() + hours * 3600 * 1000 + 60 * 1000);
    }

    function test_textsFollowTheLanguage() {
        Localization.language = "en";
        compare(label.text, "Open a new tab");
        Localization.language = "de";
        compare(Localization.uiLanguage, "de");
        compare(label.text, "Neuen Tab öffnen");
        Localization.language = "ja";
        compare(label.text, "新しいタブを開く");
        Localization.language = "ar";
        compare(label.text, "فتح لسان جديد");
        Localization.language = "en";
        compare(label.text, "Open a new tab");
    }

    function test_aComponentsTextsFollowTheLanguage() {
        const bar = createTemporaryObject(tabBarComponent, test);
        verify(bar);
        const button = findChild(bar, "newTerminalButton");
        verify(button);
        compare(button.Accessible.name, "New terminal");
        Localization.language = "de";
        compare(button.Accessible.name, "Neues Terminal");
    }

    function test_arabicLaysTheWindowOutRightToLeft() {
        Localization.language = "en";
        verify(!Localization.rightToLeft);
        compare(Qt.application.layoutDirection, Qt.LeftToRight);
        compare(leading.x, 0);
        Localization.language = "ar";
        verify(Localization.rightToLeft);
        compare(Qt.application.layoutDirection, Qt.RightToLeft);
        compare(leading.x, mirrored.width - leading.width);
        Localization.language = "de";
        compare(leading.x, 0);
    }

    function test_pluralsNumbersAndTimes() {
        Localization.language = "en";
        compare(Format.expiry(inHours(3)), "expires in 3 hours");
        compare(Format.expiry(inHours(1)), "expires in 1 hour");
        compare(Format.expiry(inHours(-0.5)), "expired 29 minutes ago");
        compare(Format.expiry(inHours(72)), "expires in 3 days");
        Localization.language = "de";
        compare(Format.expiry(inHours(3)), "läuft in 3 Stunden ab");
        compare(Format.expiry(inHours(1)), "läuft in 1 Stunde ab");
        compare(Localization.localeName.substring(0, 2), "de");
        compare(Number(1234.5).toLocaleString(Format.locale(), "f", 1), "1.234,5");
        Localization.language = "ja";
        compare(Format.expiry(inHours(3)), "あと 3 時間で期限切れ");
        // Arabic: its own digits, and the dual for two.
        Localization.language = "ar";
        compare(Format.expiry(inHours(2)), "تنتهي خلال ٢ ساعتين");
        compare(Format.expiry(inHours(5)), "تنتهي خلال ٥ ساعات");
        // A date in the language's own words.
        const march = new Date(2026, 2, 15, 9, 30);
        Localization.language = "de";
        verify(march.toLocaleDateString(Format.locale(), Locale.LongFormat).indexOf("März") >= 0);
        Localization.language = "ja";
        verify(march.toLocaleDateString(Format.locale(), Locale.LongFormat).indexOf("3月") >= 0);
    }
}
