package com.hcpress.questionnaire;

public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT
}
