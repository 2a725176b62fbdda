// Not "pragma ComponentBehavior: Bound": Qt 6.4 refuses to let a Loader in a delegate instantiate
// a bound component.
import QtQuick
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The content of the current tab; every tab keeps its page (and its state) while another is shown.
Item {
    id: area

    required property DocumentsModel documents

    StackLayout {
        anchors.fill: parent
        currentIndex: area.documents.currentIndex
        visible: area.documents.count > 0

        Repeater {
            model: area.documents

            delegate: Loader {
                id: page

                required property int kind
                required property string uri

                sourceComponent: {
                    switch (kind) {
                    case DocumentsModel.Welcome:
                        return welcome;
                    }
                    return null;
                }

                Component {
                    id: welcome

                    WelcomePage {
                        objectName: "welcomePage"
                    }
                }
            }
        }
    }

    EmptyTabsPage {
        objectName: "emptyTabsPage"
        anchors.fill: parent
        visible: area.documents.count === 0
        onOpenRequested: area.documents.openWelcome()
    }
}
