<#-- Visitors' and volunteers' AUP, from The Education People's model. The phone statements follow the
     visitors' section of the school's mobile and smart technology policy (07-visitors-use.ftl). -->
<#import "/_macros-aup.ftl" as am>
<#assign v = p.visitors>
<#assign dsl = am.dslText()>
For visitors, volunteers and contractors, especially those who are on site for regular or extended periods of time or who work with ${w.children}. ${school.shortName} asks you to read and sign this Acceptable Use of Technology Policy (AUP), so that you understand your responsibilities when using technology on site and with our community. It is not an exhaustive list: your use of technology should always be consistent with our ethos, our ${w.codeOfConduct}, our ${m.cp()} policy, ${am.policiesText()}, and the law.

## Policy scope

- I understand that this AUP applies to my use of technology systems and services provided to me or accessed as part of my role within ${school.shortName}, both professionally and personally. This may include laptops, mobile phones, tablets, digital cameras and email, as well as IT networks, data and data storage, and online and offline communication technologies.
- I will use mobile and smart technology in accordance with this AUP and our other associated policies, including ${m.cp()}.

## Data and image use

- I understand that I am not allowed to take images or videos of ${w.children}, unless this has been agreed with the ${w.leader} and is in line with our image use policy.
- I will keep any personal data I see or use in line with data protection law, including UK GDPR, and I will not share it.

## ${m.earlyYearsSetting()?then("Working with " + w.children, "Classroom practice")}

- I will follow the expectations for safe use of technology when working with ${w.children}, including appropriate supervision, and I will support staff in reinforcing safe behaviour whenever technology is used on site.
- I will report any filtering breaches, such as access to illegal, inappropriate or harmful material, to ${dsl}.
- I will respect copyright and intellectual property rights.

## Mobile phones and personal devices

<#if v.phonesAllowedIn?has_content>
- I will only use my mobile phone and personal devices in ${fmt.or(v.phonesAllowedIn)}, and never in areas with ${w.children}.
<#else>
- I will limit my use of my mobile phone: I will not hold conversations in public areas on site, and my phone will remain out of sight at all times.
</#if>
<#if p.restrictedAreas?has_content>
- I will not use mobile phones or personal devices in ${fmt.or(p.restrictedAreas)}.
</#if>
<#if v.signage??>
- I will follow the expectations shared with visitors by ${v.signage}.
</#if>
- If I need to use mobile or smart technology when working with ${w.children}, for example as part of multi-agency activity, I will discuss this with the ${w.leader} before I use it, and follow any arrangements that are recorded.
- I understand that members of staff will challenge me if they have concerns about my use of mobile and smart technology, and will inform the DSL or the ${w.leader}.

## Online communication, including social media

- I will make sure that my online reputation and my use of technology, including email, text, social media and gaming, are compatible with my role within the ${w.setting}.
- I will not discuss or share information about ${w.children}, their families, staff or ${w.setting} business on social media.
- My communication with ${w.children}, parents and carers and other professionals will only take place within clear boundaries, through ${w.setting} approved channels, and not through personal email, social media or mobile phones. I will not share my personal contact details with ${w.children}.
- I will discuss any pre-existing relationship or situation that may affect this with the DSL and/or the ${w.leader}.

## Policy compliance, breaches or concerns

- I will not upload, download or access any material which is illegal or inappropriate, or which could cause harm or distress to others.
- I will report any concerns about the welfare, safety or behaviour of ${w.children} or parents and carers online to ${dsl}, in line with our ${m.cp()} policy, and concerns about the online behaviour of staff to the ${w.leader}.
- I understand that if the ${w.setting} believes I have used technology in an unauthorised or inappropriate way, my role may be ended, and that if a criminal offence is suspected, the police will be informed.
