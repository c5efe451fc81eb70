<#-- Visitors' and volunteers' AUP, from The Education People's model. The phone statements follow the
     visitors' section of the school's mobile and smart technology policy (07-visitors-use.ftl). -->
<#import "/_macros-aup.ftl" as am>
<#import "/_learner-devices.ftl" as ld>
<#assign v = p.visitors>
<#assign dsl = am.dslText()>
For visitors, volunteers and contractors, especially those on site for regular or extended periods or working with ${w.children}. This Acceptable Use Policy (AUP) is not an exhaustive list: your use of technology should always be consistent with our ethos, our ${w.codeOfConduct}, ${m.cp()} policy and ${am.policiesText()}, and the law.

## Policy scope

- I understand that this AUP applies to my use of technology systems and services provided to me or accessed as part of my role within ${school.shortName}, professionally and personally: for example laptops, mobile phones, tablets, cameras, email, networks and data.
- I will use mobile and smart technology in accordance with this AUP and our other associated policies, including ${m.cp()}.

## Data, images and working with ${w.children}

- I will not take images or videos of ${w.children}, unless this has been agreed with the ${w.leader} in line with our image use policy.
- I will keep any personal data I see in line with data protection law, including UK GDPR, and I will not share it.
- I will support staff in keeping ${w.children} safe whenever technology is used, and I will report any filtering breaches, such as access to illegal, inappropriate or harmful material, to ${dsl}.

## Mobile phones and personal devices

<@am.visitorsOnSite lead="" forParents=false/>
<#if !am.saysVisitorsOnSite()>
- I will use my mobile phone and personal devices in line with the expectations the ${w.setting} shares with visitors.
</#if>
<#-- Where visitors may use phones at all is already the narrower rule. -->
<#if p.restrictedAreas?has_content && !v.phonesAllowedIn?has_content>
- I will not use mobile phones or personal devices in ${fmt.or(p.restrictedAreas)}.
</#if>
<#if v.signage??>
- I will follow the expectations shared with visitors by ${v.signage}.
</#if>
- If I need to use mobile or smart technology when working with ${w.children}<#if ld.kept("mobile.visitors-use.multi-agency-example")>, for example as part of multi-agency activity</#if>, I will agree this with the ${w.leader} before I use it.
- I understand that staff will challenge me if they have concerns about my use of mobile and smart technology, and will inform the DSL or the ${w.leader}.

## Online communication, including social media

- My use of technology and social media will be compatible with my role within the ${w.setting}, and I will not share information about ${w.children}, their families, staff or ${w.setting} business online.
- I will only communicate with ${w.children} and their families through ${w.setting} approved channels, not through personal email, social media or mobile phones, and I will not share my personal contact details with ${w.children}. I will discuss any pre-existing relationship that affects this with the DSL and/or the ${w.leader}.

## Policy compliance, breaches or concerns

- I will report any concerns about the welfare, safety or behaviour of ${w.children} online to ${dsl}, and concerns about the online behaviour of staff to the ${w.leader}.
- I understand that if I use technology in an unauthorised or inappropriate way, my role at the ${w.setting} may be ended, and if a criminal offence is suspected, the police will be informed.
