<#-- Learners' AUP, early years and Key Stage 1 (Nursery to Year 2), from The Education People's model:
     short "I" statements a young child can follow with an adult. The layout adds a drawing box and
     the slip. In an early years setting the children do not use the setting's own devices (the
     policy keeps those for staff), so the statements about them are left out there. -->
<#import "/_macros-aup.ftl" as am>
<#assign ey = m.earlyYearsSetting()>
These rules help me stay safe and happy when I use computers, tablets and the internet at ${school.shortName}. An adult will read them with me.

## I stay safe

- I only use the internet when an adult is with me.
- I only click on links and buttons online when I know what they do.
- I only use the websites, apps and games an adult has chosen for me.
- I keep my personal information and passwords safe. I do not tell people online my name or where I live.
<#if !ey>
- I know the ${w.setting} can see what I do when I use ${w.setting} computers and tablets.
</#if>
<#-- A later model edition's statements for this list (templates/editions/<edition>/aup/learners-early-years-ks1-edition.ftl). -->
<#include "/aup/learners-early-years-ks1-edition.ftl" ignore_missing=true>

## I am kind

- I only send messages online which are polite and friendly.
- I ask before I take a photo of someone.

## Phones and devices

<@am.learnerPhones simple=true/>

## I tell an adult

- I always tell an adult if something online makes me feel upset, unhappy or worried.
- If I see something I do not like, I turn off the screen or close the lid and tell an adult.
- I know it is not my fault if I see something upsetting online.
- I know that if I do not follow these rules, an adult will talk to me and my family.
