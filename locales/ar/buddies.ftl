# الرفقاء: مشاركون يعرضون البقاء على تواصل مع عضو آخر.

menu-buddies = الرفقاء
buddy-pick = من سيكون الرفيق؟ اختاروا شخصًا من الذين عرضوا المساعدة.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = اختاروا عضوًا لتواصل { $buddy }: الأعضاء الذين يتكلمون نفس اللغة يظهرون أولًا.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = يسألكم المسؤول عن المجموعة: هل توافقون على اتصال { $buddy } من المجموعة بكم من حين لآخر؟ لا يصل رقمكم إلى { $buddy } إلا بموافقتكم.
buddy-yes = نعم، لا مانع
buddy-no = لا، شكرًا
buddy-thanks-yes = شكرًا لكم! سيبقى رفيقكم من المجموعة على تواصل معكم.
buddy-thanks-no = حسنًا. لن يحصل أحد على رقمكم.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = سألنا { $member } عن اتصال { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ تمت موافقة { $member }: { $buddy } في دور الرفيق الآن.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = إجابة { $member } هي «لا، شكرًا». لن يكون هناك اتصال من { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 من الآن أنتم في دور الرفيق لـ { $member }. شكرًا لكم! { $phone ->
        [none] {""}
       *[other] الرقم: { $phone }
    }
