# Stop, start, forget me, my data.

stop-confirmed = 🔕 لن تصلكم رسائل بعد الآن. أرسلوا «ابدأ» لتصلكم الرسائل من جديد.
start-resumed = 🔔 أهلًا بعودتكم! ستصلكم الرسائل من جديد.
start-already = الرسائل تصلكم الآن. أرسلوا «مساعدة» لتعرفوا ما يمكنكم فعله.
forget-confirm = هل تريدون أن نمسح كل معلوماتكم؟ ستخرجون من مجموعتكم. بعد المسح لا نستطيع إرجاع أي شيء.
forget-yes = نعم، احذف
forget-no = لا، احتفظ بها
forget-kept = حسنًا، لم نحذف أي شيء.
forget-done = تم حذف معلوماتكم. مع السلامة، ونتمنى لكم كل الخير! يمكنكم الانضمام من جديد برمز جديد.
# Variables:
#   $name (string) - the member's display name
member-forgotten = بطلب من { $name }: تم الخروج من المجموعة وحذف المعلومات.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = هذا ما نحتفظ به عنكم:
    الاسم: { $name }
    اللغة: { $language }
    المجموعة: { $groups }
    { $call ->
        [yes] يمكن للمسؤول عن المجموعة أن يتصل بكم.
       *[no] لن يتصل بكم المسؤول عن المجموعة.
    }
    { $stopped ->
        [yes] الرسائل متوقفة.
       *[no] تصلكم الرسائل.
    }
    وإجاباتكم على أسئلتنا. أرسلوا «احذفني» لحذف كل شيء.
stop-button = إيقاف الرسائل
forget-button = احذف معلوماتي
stop-confirm = هل تريدون إيقاف كل رسائل samen؟
stop-keep = لا، استمروا
stop-kept = حسنًا، لن يتغير شيء.
