<#-- Edition 2026.12, policygen's own wording: online risks named since the base edition. Every clause
     says which guidance it meets (see edition.yml); the page marks each with a dagger. -->
<#assign ey = m.earlyYearsSetting()>
<#assign Children = w.children?cap_first>
<#if g.sharingNudes??>
<#assign nudes>‘<@m.link text=g.sharingNudes.title url=(g.sharingNudes.url)!""/>’ (UKCIS, ${g.sharingNudes.year})</#assign>
</#if>
## Online risks

<@clause id="misinformation" source="policygen" meets="keepingChildrenSafe">
- Online risks include harmful content such as misinformation, disinformation (including fake news) and conspiracy theories, as well as contact, conduct and commercial risks.<#if !ey> ${Children} are taught to question what they see online and how to check it, as part of their online safety education.</#if>
</@clause>
<#if g.sharingNudes??>
<#if !ey>
<@clause id="ai-intimate-images" source="policygen" meets="sharingNudes">
- When a ${w.child} creates, shares or threatens to share a nude or semi-nude image of another ${w.child}, including an image made or altered with artificial intelligence (AI), such as a ‘deepfake’ or an image made with a ‘nudification’ app, this is child-on-child abuse, whether or not the image is real.
</@clause>
</#if>
<@clause id="respond" source="policygen" meets="sharingNudes">
- Staff respond to any nude or semi-nude image of a ${w.child}, whether real or made with AI, in line with our ${m.cp()} policy and the advice ${nudes}: they do not view, copy, print, share or save the image, or ask anyone to delete it, and they tell the Designated Safeguarding Lead (or deputy) at once.
</@clause>
<@clause id="staff-targeted" source="policygen" meets="sharingNudes">
- Members of staff may also be the subject of images made or altered with AI. A member of staff who is, or thinks they may be, targeted in this way should tell the ${w.leader} or the Designated Safeguarding Lead, and will be supported; the ${w.setting} will ask for the content to be removed and, where a crime may have been committed, report it to the police.
</@clause>
</#if>
